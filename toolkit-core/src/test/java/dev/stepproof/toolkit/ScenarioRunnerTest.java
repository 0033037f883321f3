package dev.stepproof.toolkit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.BDDAssertions.then;

class ScenarioRunnerTest {

    private final ScenarioRunner runner = ScenarioRunner.standard();

    static Path resource(String name) {
        try {
            return Path.of(ScenarioRunnerTest.class.getResource("/dev/stepproof/toolkit/scenario/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void runs_every_case_of_a_scenario_file() {
        // WHEN
        ScenarioReport report = runner.run(resource("orders.sfn-test.yaml"));
        // THEN
        then(report.diagnostics()).isEmpty();
        then(report.cases()).allSatisfy(c -> then(c.failures()).as(c.describe(report.source())).isEmpty());
        then(report.cases()).hasSize(3);
        then(report.passed()).isTrue();
        then(report.cases().get(1).execution().history().taskAttempts("Reserve")).hasSize(3);
    }

    @Test
    void reports_each_failed_expectation_with_a_diff() {
        // WHEN
        ScenarioReport report = runner.run(resource("orders-wrong.sfn-test.yaml"));
        // THEN
        then(report.passed()).isFalse();
        then(report.cases()).singleElement().satisfies(c -> then(c.describe("orders-wrong.sfn-test.yaml")).isEqualTo("""
                Case 'wrong expectations' (orders-wrong.sfn-test.yaml:4:5) failed:
                  - output does not contain what was expected: at /reserved/reservation/reservationId: expected "R-9" but was "R-1"
                  - expected path [Reserve, Rejected] but was [Reserve, Charge]
                  - expected 2 call(s) of task 'Reserve' but there were 1
                  - call 1 of task 'Reserve': parameters at /Payload/qty: expected 3 but was 2"""));
    }

    @Test
    void runs_a_single_case_by_name() {
        // WHEN
        ScenarioReport report = runner.run(resource("orders.sfn-test.yaml"), "inventory outage is rejected");
        // THEN
        then(report.cases()).singleElement().satisfies(c -> {
            then(c.passed()).isTrue();
            then(c.execution().error()).isEqualTo("Order.Rejected");
        });
    }

    @Test
    void gives_distributed_maps_the_s3_objects_of_a_case_and_checks_their_map_runs() {
        // WHEN
        ScenarioReport report = runner.run(resource("distributed.sfn-test.yaml"));
        // THEN
        then(report.diagnostics()).isEmpty();
        then(report.cases()).hasSize(2).allSatisfy(c -> then(c.failures()).as(c.describe(report.source())).isEmpty());
    }

    @Test
    void reports_a_scenario_file_that_is_not_yaml_as_a_scenario_file(@TempDir Path dir) throws IOException {
        // GIVEN
        Path file = Files.writeString(dir.resolve("broken.sfn-test.yaml"), "definition: orders.asl.json\ncases: [\n");
        // WHEN
        ScenarioReport report = runner.run(file);
        // THEN
        then(report.cases()).isEmpty();
        then(report.diagnostics()).singleElement().satisfies(d -> {
            then(d.code()).isEqualTo("SP-R002");
            then(d.message()).startsWith("The scenario file is not valid YAML: ");
        });
    }

    @Test
    void reports_an_s3_object_file_that_does_not_exist() {
        // WHEN
        ScenarioReport report = runner.run(resource("bad/missing-s3-file.sfn-test.yaml"));
        // THEN
        then(report.cases()).isEmpty();
        then(report.diagnostics()).singleElement().satisfies(d -> {
            then(d.code()).isEqualTo("SP-C003");
            then(d.message()).contains("nowhere.csv").contains("s3://in/rows.csv");
        });
    }

    @Test
    void reports_a_wrong_map_run_expectation(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        // GIVEN
        java.nio.file.Files.copy(resource("distributed-rows.asl.json"), dir.resolve("rows.asl.json"));
        Path file = java.nio.file.Files.writeString(dir.resolve("wrong-map-run.sfn-test.yaml"), """
                definition: rows.asl.json
                cases:
                  - name: wrong counts
                    input: {key: rows.csv}
                    s3Objects: [{bucket: in, key: rows.csv, body: "sku,qty\\nA,0\\n"}]
                    expect:
                      mapRuns: {Rows: {failed: 0}}
                """);
        // WHEN
        ScenarioReport report = runner.run(file);
        // THEN
        then(report.cases()).singleElement().satisfies(c -> then(c.failures()).containsExactly(
                "expected 0 failed child execution(s) in the Map Run of 'Rows' but there were 1"));
    }

    @Test
    void should_reuse_a_file_read_once_until_it_changes_when_caching(@TempDir Path dir) throws IOException {
        // GIVEN a copy of the definition and a one-case scenario file, and a caching runner
        Files.copy(resource("orders.asl.json"), dir.resolve("orders.asl.json"));
        Path scenario = dir.resolve("one.sfn-test.yaml");
        Files.writeString(scenario, """
                definition: orders.asl.json
                cases:
                  - name: outage
                    input: {orderId: O-1, qty: 1}
                    mocks: {Reserve: {throw: {error: Lambda.ServiceException, cause: down}}}
                    expect: {status: FAILED}
                """);
        ScenarioRunner caching = ScenarioRunner.standard().cachingFiles();
        ScenarioReport first = caching.run(scenario, "outage");
        // WHEN the run repeats, then the file changes (another expectation, so another size) and the run repeats
        ScenarioReport again = caching.run(scenario, "outage");
        Files.writeString(scenario, Files.readString(scenario).replace("status: FAILED", "status: SUCCEEDED"));
        ScenarioReport changed = caching.run(scenario, "outage");
        // THEN the repeat used the compiled machine read the first time, and the change was read
        then(first.passed()).isTrue();
        then(again.passed()).isTrue();
        then(again.machine()).isSameAs(first.machine());
        then(changed.passed()).isFalse();
        then(changed.machine()).isNotSameAs(first.machine());
        then(first.stateMachineName()).isEqualTo("orders");
    }

    @Test
    void reports_a_broken_file_as_diagnostics_without_running() {
        // WHEN
        ScenarioReport report = runner.run(resource("bad/unknown-key.sfn-test.yaml"));
        // THEN
        then(report.cases()).isEmpty();
        then(report.diagnostics()).extracting(Diagnostic::code).containsExactly("SP-C001");
        then(report.passed()).isFalse();
    }

    @Test
    void injects_the_faults_a_case_declares() {
        // WHEN
        ScenarioReport report = runner.run(resource("orders-faults.sfn-test.yaml"));
        // THEN
        then(report.cases()).allSatisfy(c -> then(c.failures()).as(c.describe(report.source())).isEmpty());
    }

    @Test
    void runs_mock_config_file_test_cases_as_scenarios() {
        // WHEN
        ScenarioReport report = runner.run(resource("orders-mockconfig.sfn-test.yaml"));
        // THEN
        then(report.diagnostics()).isEmpty();
        then(report.cases()).hasSize(2).allSatisfy(c -> then(c.failures()).as(c.describe(report.source())).isEmpty());
    }

    @Test
    void should_answer_wait_for_task_token_tasks_with_the_callbacks_of_a_case() {
        // WHEN
        ScenarioReport report = runner.run(resource("approval-callbacks.sfn-test.yaml"));
        // THEN
        then(report.cases()).hasSize(2).allSatisfy(c -> then(c.failures()).as(c.describe(report.source())).isEmpty());
        Execution retried = report.cases().get(1).execution();
        then(retried.callbacks()).extracting(CallbackDelivery::outcome).containsExactly(
                CallbackDelivery.Outcome.ACCEPTED, CallbackDelivery.Outcome.ACCEPTED, CallbackDelivery.Outcome.NOT_SENT);
        then(retried.history().events()).extracting(HistoryEvent::type).containsSubsequence(
                "TaskTimedOut", "TaskScheduled", "TaskSubmitted", "TaskFailed");
    }

    @Test
    void should_report_a_callback_time_that_is_not_a_duration_with_its_line() {
        // WHEN
        ScenarioReport report = runner.run(resource("bad/callback-time.sfn-test.yaml"));
        // THEN
        then(report.cases()).isEmpty();
        then(report.diagnostics()).singleElement().satisfies(d -> {
            then(d.code()).isEqualTo("SP-C005");
            then(d.pointer()).isEqualTo("/cases/0/callbacks/0/at");
            then(d.position().line()).isEqualTo(8);
            then(d.message()).contains("'5 minutes'", "ISO-8601");
        });
    }

    @Test
    void should_reject_a_success_callback_without_output_against_the_schema() {
        // WHEN
        ScenarioReport report = runner.run(resource("bad/callback-success-without-output.sfn-test.yaml"));
        // THEN
        then(report.cases()).isEmpty();
        then(report.diagnostics()).isNotEmpty().allSatisfy(d -> {
            then(d.code()).isEqualTo("SP-C001");
            then(d.pointer()).startsWith("/cases/0/callbacks/0");
            then(d.position().line()).isEqualTo(5);
        });
    }
}
