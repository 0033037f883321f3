package dev.stepproof.junit.engine;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.AssertionFailedError;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.stepproof.junit.engine.Fixtures.FIXTURES_INCLUDE;
import static dev.stepproof.junit.engine.Fixtures.FOLDER;
import static dev.stepproof.junit.engine.Fixtures.engine;
import static dev.stepproof.junit.engine.Fixtures.path;
import static org.assertj.core.api.BDDAssertions.then;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

/** Running cases: verdicts, failure messages, report entries, and the parameters that change them. */
class EngineExecutionTest {

    private static final String FAILING = "orders-failing.fixture.yaml";
    private static final String WARNING = "warning/orders-warning.fixture.yaml";

    @Test
    void should_pass_the_cases_whose_expectations_hold() {
        // WHEN
        EngineExecutionResults results = engine().selectors(selectClasspathResource(FOLDER + "orders.sfn-test.yaml")).execute();
        // THEN
        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2).failed(0).skipped(0));
        results.containerEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @Test
    void should_pass_everything_a_default_scan_of_this_module_finds() {
        // GIVEN an IDE running "all tests" of this module: the test classes root, default settings
        DiscoverySelector[] root = selectClasspathRoots(Set.of(Fixtures.testClassesRoot())).toArray(DiscoverySelector[]::new);
        // WHEN
        EngineExecutionResults results = engine().selectors(root).execute();
        // THEN the deliberately failing and malformed fixtures are not among them (others' files may be: hence "at least")
        then(results.testEvents().started().count()).isGreaterThanOrEqualTo(5);
        then(results.allEvents().failed().count()).isZero();
    }

    @Test
    void should_fail_a_case_whose_expectations_do_not_hold_with_the_case_report() {
        // GIVEN
        Path file = path(FAILING);
        // WHEN
        EngineExecutionResults results = engine().selectors(selectFile(file.toFile()))
                .configurationParameter(Constants.SCENARIOS_INCLUDE, FIXTURES_INCLUDE)
                .execute();
        // THEN
        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
        Throwable failure = failure(results.testEvents().failed().list().get(0));
        then(failure).isInstanceOf(AssertionFailedError.class).hasMessage("""
                Case 'wrong expectations' (%s:14:5) failed:
                  - output does not contain what was expected: at /reserved/reservation/reservationId: expected "R-9" but was "R-1"
                  - expected path [Reserve, Rejected] but was [Reserve, Charge]""".formatted(file));
    }

    @Test
    void should_publish_the_status_and_the_path_of_each_case() {
        // WHEN
        EngineExecutionResults results = engine().selectors(selectClasspathResource(FOLDER + "orders.sfn-test.yaml")).execute();
        // THEN
        then(reportEntries(results)).containsExactly(
                Map.of("status", "SUCCEEDED", "path", "[Reserve, Charge]"),
                Map.of("status", "FAILED", "path", "[Reserve, Rejected]", "error", "Order.Rejected: inventory down"));
    }

    @Test
    void should_skip_the_cases_the_name_filter_does_not_match_quoting_key_and_value() {
        // WHEN
        EngineExecutionResults results = engine().selectors(selectClasspathResource(FOLDER + "orders.sfn-test.yaml"))
                .configurationParameter(Constants.FILTER_NAME, "happy.*")
                .execute();
        // THEN
        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1).skipped(1));
        then(results.testEvents().skipped().list().get(0).getPayload(String.class))
                .contains("'stepproof.filter.name=happy.*' did not match this case");
    }

    @Test
    void should_publish_warnings_but_pass_by_default() {
        // WHEN
        EngineExecutionResults results = engine().selectors(selectFile(path(WARNING).toFile()))
                .configurationParameter(Constants.SCENARIOS_INCLUDE, FIXTURES_INCLUDE)
                .execute();
        // THEN
        results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
        then(reportEntries(results).get(0).get("warnings")).isEqualTo(warning());
    }

    @Test
    void should_fail_a_case_on_warnings_when_failOnWarning_is_true() {
        // WHEN
        EngineExecutionResults results = engine().selectors(selectFile(path(WARNING).toFile()))
                .configurationParameter(Constants.SCENARIOS_INCLUDE, FIXTURES_INCLUDE)
                .configurationParameter(Constants.FAIL_ON_WARNING, "true")
                .execute();
        // THEN
        results.testEvents().assertStatistics(stats -> stats.succeeded(0).failed(1));
        then(failure(results.testEvents().failed().list().get(0))).hasMessage("""
                Case 'happy path from a MockConfigFile with a typo' (%s:5:5) failed:
                  - %s (fails the case: 'stepproof.failOnWarning=true')""".formatted(path(WARNING), warning()));
    }

    @Test
    void should_fail_a_case_whose_history_shows_a_mocked_secret_unless_allowed() {
        // GIVEN a case whose definition keeps a whole getSecretValue result in the state output
        Path file = path("secrets/secret-leak.fixture.yaml");
        // WHEN it runs with the default, then with the check off
        EngineExecutionResults checked = engine().selectors(selectFile(file.toFile()))
                .configurationParameter(Constants.SCENARIOS_INCLUDE, FIXTURES_INCLUDE)
                .execute();
        EngineExecutionResults allowed = engine().selectors(selectFile(file.toFile()))
                .configurationParameter(Constants.SCENARIOS_INCLUDE, FIXTURES_INCLUDE)
                .configurationParameter(Constants.FAIL_ON_SECRETS_IN_HISTORY, "false")
                .execute();
        // THEN
        checked.testEvents().assertStatistics(stats -> stats.succeeded(0).failed(1));
        then(failure(checked.testEvents().failed().list().get(0)).getMessage())
                .contains("Case 'connects'", "GetPassword", "secretsmanager:getSecretValue")
                .doesNotContain("hunter2-but-longer");
        allowed.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
    }

    private static String warning() {
        return path("warning/MockConfigFile.typo.json") + ":9:3: WARNING SP-M012 at /MockedResponse: Unknown field"
                + " 'MockedResponse' in the mock configuration (did you mean 'MockedResponses'?); it is ignored."
                + " Fix: Remove it, or use one of [MockedResponses, StateMachines].";
    }

    private static Throwable failure(Event event) {
        return event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
    }

    private static List<Map<String, String>> reportEntries(EngineExecutionResults results) {
        return results.allEvents().reportingEntryPublished().stream()
                .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
                .toList();
    }
}
