package dev.stepproof.junit.engine;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.nio.file.Path;

import static dev.stepproof.junit.engine.Fixtures.FIXTURES_INCLUDE;
import static dev.stepproof.junit.engine.Fixtures.engine;
import static dev.stepproof.junit.engine.Fixtures.fileId;
import static dev.stepproof.junit.engine.Fixtures.path;
import static dev.stepproof.junit.engine.Fixtures.testIds;
import static org.assertj.core.api.BDDAssertions.then;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

/** Files and settings the engine cannot use become discovery issues; discovery goes on with the rest. */
class EngineDiscoveryIssuesTest {

    @Test
    void should_report_a_file_that_does_not_match_the_schema_at_its_line_and_discover_the_good_file() {
        // GIVEN
        Path bad = path("bad/unknown-key.fixture.yaml");
        Path good = path("orders.sfn-test.yaml");
        // WHEN
        EngineDiscoveryResults discovery = engine().selectors(selectFile(bad.toFile()), selectFile(good.toFile()))
                .configurationParameter(Constants.SCENARIOS_INCLUDE, FIXTURES_INCLUDE)
                .discover();
        // THEN
        then(discovery.getDiscoveryIssues()).singleElement().satisfies(issue -> {
            then(issue.severity()).isEqualTo(Severity.ERROR);
            then(issue.message()).startsWith(bad + ":6:7: ERROR SP-C001 at /cases/0/expect/statuss: "
                            + "The scenario file does not match the scenario schema at /cases/0/expect/statuss: ")
                    .endsWith(" The file's cases were not discovered.");
            then(issue.source()).contains(FileSource.from(bad.toFile(), FilePosition.from(6, 7)));
        });
        then(testIds(discovery)).containsExactly(
                fileId(good) + "/[case:happy path]",
                fileId(good) + "/[case:inventory outage is rejected]");
    }

    @Test
    void should_leave_it_to_the_platform_to_fail_the_run_on_an_error_issue_naming_the_file() {
        // GIVEN
        Path bad = path("bad/unknown-key.fixture.yaml");
        // WHEN
        EngineExecutionResults results = engine()
                .selectors(selectFile(bad.toFile()), selectFile(path("orders.sfn-test.yaml").toFile()))
                .configurationParameter(Constants.SCENARIOS_INCLUDE, FIXTURES_INCLUDE)
                .execute();
        // THEN by default (junit.platform.discovery.issue.severity.critical=ERROR) no case runs, and the engine fails
        results.testEvents().assertStatistics(stats -> stats.started(0));
        then(results.containerEvents().failed().list()).singleElement()
                .extracting(e -> e.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow().getMessage())
                .asString()
                .contains("TestEngine with ID 'stepproof' encountered a critical issue during test discovery")
                .contains(bad + ":6:7: ERROR SP-C001 at /cases/0/expect/statuss: ");
    }

    @Test
    void should_report_a_file_that_is_not_yaml_with_the_reader_code() {
        // GIVEN
        Path bad = path("bad/not-yaml.fixture.yaml");
        // WHEN
        EngineDiscoveryResults discovery = engine().selectors(selectFile(bad.toFile()))
                .configurationParameter(Constants.SCENARIOS_INCLUDE, FIXTURES_INCLUDE)
                .discover();
        // THEN
        then(discovery.getDiscoveryIssues()).singleElement().satisfies(issue -> {
            then(issue.severity()).isEqualTo(Severity.ERROR);
            then(issue.message()).isEqualTo(bad + ":2:9: ERROR SP-R002 at /: The scenario file is not valid YAML: while scanning a"
                    + " quoted scalar. Fix: Correct the YAML syntax at line 2, column 9. The file's cases were not discovered.");
            then(issue.source()).contains(FileSource.from(bad.toFile(), FilePosition.from(2, 9)));
        });
        then(discovery.getEngineDescriptor().getChildren()).isEmpty();
    }

    @Test
    void should_report_an_invalid_parameter_quoting_key_and_value_and_use_the_default() {
        // WHEN
        EngineDiscoveryResults discovery = engine().selectors(selectFile(path("orders.sfn-test.yaml").toFile()))
                .configurationParameter(Constants.FAIL_ON_WARNING, "yes")
                .configurationParameter(Constants.FILTER_NAME, "happy(")
                .configurationParameter(Constants.SCENARIOS_INCLUDE, "**/*.{yaml")
                .discover();
        // THEN
        then(discovery.getDiscoveryIssues()).allSatisfy(issue -> then(issue.severity()).isEqualTo(Severity.ERROR))
                .extracting(DiscoveryIssue::message).containsExactly(
                        "Configuration parameter 'stepproof.scenarios.include=**/*.{yaml' is not a glob (Missing '});"
                                + " using the default, '**/*.sfn-test.{yaml,yml,json}'.",
                        "Configuration parameter 'stepproof.failOnWarning=yes' is not true or false; using the default, 'false'.",
                        "Configuration parameter 'stepproof.filter.name=happy(' is not a regular expression (Unclosed group);"
                                + " using no filter.");
        then(testIds(discovery)).hasSize(2);
    }
}
