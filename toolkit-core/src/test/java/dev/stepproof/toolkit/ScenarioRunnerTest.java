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
}
