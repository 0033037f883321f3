package dev.stepproof.toolkit;

import org.junit.jupiter.api.Test;

import static dev.stepproof.toolkit.ScenarioRunnerTest.resource;
import static org.assertj.core.api.BDDAssertions.then;

/** Scenario files' {@code stateMachines} block, {@code childExecutions} and {@code s3Output} expectations. */
class ScenarioRunnerChildrenTest {

    private final ScenarioRunner runner = ScenarioRunner.standard();

    @Test
    void should_run_the_children_a_stateMachines_block_registers_by_name_and_from_a_template() {
        // WHEN
        ScenarioReport report = runner.run(resource("children.sfn-test.yaml"));
        // THEN
        then(report.diagnostics()).isEmpty();
        then(report.cases()).hasSize(2).allSatisfy(c -> then(c.failures()).as(c.describe(report.source())).isEmpty());
        Execution parent = report.cases().get(0).execution();
        then(parent.childExecutions()).extracting(ChildExecution::stateName).containsExactly("Fulfil", "Invoice");
        then(parent.childExecutions().get(0).execution().history().taskAttempts("Ship")).hasSize(1);
    }

    @Test
    void should_report_each_child_expectation_that_does_not_hold() {
        // WHEN
        ScenarioReport report = runner.run(resource("children-wrong.sfn-test.yaml"));
        // THEN
        then(report.cases()).singleElement().satisfies(c -> then(c.describe("children-wrong.sfn-test.yaml")).isEqualTo("""
                Case 'wrong child expectations' (children-wrong.sfn-test.yaml:5:5) failed:
                  - child execution of 'Fulfil': expected status FAILED but was SUCCEEDED
                  - child execution of 'Fulfil': expected path [Ship] but was [Ship, Shipped]
                  - expected a child execution of state 'Invoice' but it started none (is its StateMachineArn \
                registered under stateMachines, and was the state reached?)"""));
    }

    @Test
    void should_report_a_child_definition_file_that_does_not_exist_at_its_entry() {
        // WHEN
        ScenarioReport report = runner.run(resource("bad/missing-child.sfn-test.yaml"));
        // THEN
        then(report.cases()).isEmpty();
        then(report.diagnostics()).singleElement().satisfies(d -> {
            then(d.code()).isEqualTo("SP-C003");
            then(d.pointer()).isEqualTo("/stateMachines/invoice");
            then(d.position().line()).isEqualTo(4);
            then(d.message()).contains("'../children/nowhere.asl.json'", "child state machine 'invoice'");
        });
    }

    @Test
    void should_report_an_invalid_child_definition_at_its_entry_and_in_its_file() {
        // WHEN
        ScenarioReport report = runner.run(resource("bad/invalid-child.sfn-test.yaml"));
        // THEN
        then(report.cases()).isEmpty();
        then(report.diagnostics()).first().satisfies(d -> {
            then(d.code()).isEqualTo("SP-C006");
            then(d.source()).endsWith("invalid-child.sfn-test.yaml");
            then(d.pointer()).isEqualTo("/stateMachines/fulfil");
            then(d.position().line()).isEqualTo(3);
            then(d.message()).contains("child state machine 'fulfil'", "broken.asl.json", "Nowhere");
        });
        then(report.diagnostics()).anySatisfy(d -> then(d.source()).endsWith("broken.asl.json"));
    }

    @Test
    void should_refuse_a_child_logical_id_when_there_is_no_template() {
        // WHEN
        ScenarioReport report = runner.run(resource("bad/child-logical-id-without-template.sfn-test.yaml"));
        // THEN
        then(report.cases()).isEmpty();
        then(report.diagnostics()).singleElement().satisfies(d -> {
            then(d.code()).isEqualTo("SP-C003");
            then(d.pointer()).isEqualTo("/stateMachines/fulfil");
            then(d.message()).contains("no template");
        });
    }

    @Test
    void should_reject_a_blank_child_key_against_the_schema() {
        // WHEN
        ScenarioReport report = runner.run(resource("bad/blank-child-key.sfn-test.yaml"));
        // THEN
        then(report.cases()).isEmpty();
        then(report.diagnostics()).isNotEmpty().allSatisfy(d -> {
            then(d.code()).isEqualTo("SP-C001");
            then(d.pointer()).startsWith("/stateMachines");
        });
    }

    @Test
    void should_check_what_result_writers_wrote_with_a_wildcard_for_the_map_run_id() {
        // WHEN
        ScenarioReport report = runner.run(resource("distributed-output.sfn-test.yaml"));
        // THEN
        then(report.diagnostics()).isEmpty();
        then(report.cases()).singleElement().satisfies(c -> then(c.failures()).as(c.describe(report.source())).isEmpty());
    }

    @Test
    void should_report_a_wrong_or_missing_result_writer_object() {
        // WHEN
        ScenarioReport report = runner.run(resource("distributed-output-wrong.sfn-test.yaml"));

        // THEN
        then(report.cases()).singleElement().satisfies(c -> then(c.failures()).satisfiesExactly(
                f -> then(f).matches("s3://out/runs/[0-9a-f-]{36}/SUCCEEDED_0.json at /0/qty: expected \"2\" but was \"1\""),
                f -> then(f).startsWith("expected an object s3://out/runs/*/FAILED_0.json to be written but there is none; "
                        + "written: [runs/").endsWith("/manifest.json]").contains("/SUCCEEDED_0.json"),
                f -> then(f).isEqualTo("expected an object s3://elsewhere/x.json to be written but there is none; "
                        + "written: nothing in bucket 'elsewhere'")));
    }
}
