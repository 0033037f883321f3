package dev.stepproof.junit.engine;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.nio.file.Path;
import java.util.Map;

import static dev.stepproof.junit.engine.Fixtures.FOLDER;
import static dev.stepproof.junit.engine.Fixtures.classpathFileId;
import static dev.stepproof.junit.engine.Fixtures.engine;
import static dev.stepproof.junit.engine.Fixtures.fileId;
import static dev.stepproof.junit.engine.Fixtures.path;
import static dev.stepproof.junit.engine.Fixtures.testIds;
import static org.assertj.core.api.BDDAssertions.then;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

/** Step Functions Local MockConfigFiles: each test case of each state machine with a definition next to it is a test. */
class EngineMockConfigFileTest {

    private static final String FIXTURE = "mockconfig/MockConfigFile.fixture.json";
    private static final String FIXTURE_INCLUDE = "**/MockConfigFile.fixture.json";

    @Test
    void should_run_each_test_case_as_a_test_with_the_sibling_definition_and_input() {
        // WHEN
        EngineExecutionResults results = engine().selectors(selectClasspathResource(FOLDER + "MockConfigFile.json")).execute();
        // THEN both end as their mocks lead, and neither is a broken run
        then(results.testEvents().started().list()).extracting(e -> e.getTestDescriptor().getUniqueId().toString())
                .containsExactly(
                        classpathFileId("MockConfigFile.json") + "/[case:orders%2FHappyPath]",
                        classpathFileId("MockConfigFile.json") + "/[case:orders%2FOutOfStock]");
        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        then(results.allEvents().reportingEntryPublished().stream()
                .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs())).containsExactly(
                Map.of("status", "SUCCEEDED", "path", "[Reserve, Charge]"),
                Map.of("status", "FAILED", "path", "[Reserve, Rejected]", "error", "Order.Rejected: no stock for O-7"));
        then(results.testEvents().started().list().get(0).getTestDescriptor().getSource())
                .contains(FileSource.from(path("MockConfigFile.json").toFile()));
    }

    @Test
    void should_warn_about_a_state_machine_without_a_definition_and_discover_the_others() {
        // GIVEN
        Path file = path("mockconfig-missing/MockConfigFile.fixture.json");
        // WHEN
        EngineDiscoveryResults discovery = engine().selectors(selectFile(file.toFile()))
                .configurationParameter(Constants.MOCK_CONFIG_INCLUDE, FIXTURE_INCLUDE)
                .discover();
        // THEN
        then(discovery.getDiscoveryIssues()).singleElement().satisfies(issue -> {
            then(issue.severity()).isEqualTo(Severity.WARNING);
            then(issue.message()).isEqualTo("MockConfigFile " + file + " configures state machine 'payments' but has no"
                    + " definition for it next to it (looked for payments.asl.json, payments.asl.yaml, payments.asl.yml);"
                    + " its test cases [Refund] were not discovered.");
            then(issue.source()).contains(FileSource.from(file.toFile()));
        });
        then(testIds(discovery)).containsExactly(fileId(file) + "/[case:orders%2FHappyPath]");
    }

    @Test
    void should_add_no_container_for_a_file_whose_state_machines_all_lack_a_definition() {
        // GIVEN
        Path file = path("mockconfig-missing/payments-only.MockConfigFile.fixture.json");
        // WHEN
        EngineDiscoveryResults discovery = engine().selectors(selectFile(file.toFile()))
                .configurationParameter(Constants.MOCK_CONFIG_INCLUDE, "**/*.MockConfigFile.fixture.json")
                .discover();
        // THEN
        then(discovery.getDiscoveryIssues()).singleElement().extracting(issue -> issue.severity()).isEqualTo(Severity.WARNING);
        then(discovery.getEngineDescriptor().getChildren()).isEmpty();
    }

    @Test
    void should_fail_a_test_case_that_leaves_a_task_unmocked() {
        // GIVEN
        Path file = path(FIXTURE);
        // WHEN
        EngineExecutionResults results = engine().selectors(selectFile(file.toFile()))
                .configurationParameter(Constants.MOCK_CONFIG_INCLUDE, FIXTURE_INCLUDE)
                .execute();
        // THEN
        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
        then(results.testEvents().failed().list().get(0).getRequiredPayload(TestExecutionResult.class).getThrowable())
                .hasValueSatisfying(failure -> then(failure).hasMessage("""
                        Test case 'ChargeNotMocked' of state machine 'orders' (%s) failed:
                          - Test case 'ChargeNotMocked' of state machine 'orders' does not mock Task state 'Charge' (it mocks\
                         [Reserve]); Step Functions Local would call arn:aws:states:::dynamodb:putItem for real, which\
                         StepProof does not do. Map 'Charge' to a mocked response in the test case.""".formatted(file)));
    }
}
