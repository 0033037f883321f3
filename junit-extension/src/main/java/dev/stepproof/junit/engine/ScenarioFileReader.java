package dev.stepproof.junit.engine;

import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.ScenarioReport;
import dev.stepproof.toolkit.ScenarioRunner;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;

import java.util.List;
import java.util.Optional;

/**
 * Reads a scenario file's cases for discovery, without running them. A file with ERROR diagnostics yields no cases
 * and one ERROR discovery issue per diagnostic, so that the other files are still discovered.
 */
final class ScenarioFileReader {

    private final ScenarioRunner runner;
    private final DiscoveryIssueReporter issues;

    ScenarioFileReader(ScenarioRunner runner, DiscoveryIssueReporter issues) {
        this.runner = runner;
        this.issues = issues;
    }

    /** @return the file's cases in file order, or empty when the file cannot be run */
    Optional<List<StepProofCase>> cases(TestFile file) {
        ScenarioReport report = runner.discover(file.path());
        boolean broken = report.diagnostics().stream().anyMatch(Diagnostic::isError);
        String consequence = broken ? " The file's cases were not discovered." : "";
        report.diagnostics().forEach(d -> issues.reportIssue(Diagnostics.issue(d, file.path(), consequence)));
        if (broken) {
            return Optional.empty();
        }
        return Optional.of(report.cases().stream()
                .<StepProofCase>map(c -> new ScenarioCase(file.path(), c.name(), c.position()))
                .toList());
    }
}
