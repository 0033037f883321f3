package dev.stepproof.junit.engine;

import dev.stepproof.toolkit.MockConfig;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a MockConfigFile's test cases for discovery. A MockConfigFile names state machines but holds no
 * definitions, so each state machine's definition is looked up next to the file by convention
 * ({@code <StateMachineName>.asl.json}, {@code .asl.yaml}, {@code .asl.yml}), and so is its optional input
 * ({@code <StateMachineName>.input.json}).
 */
final class MockConfigFileReader {

    private static final List<String> DEFINITION_SUFFIXES = List.of(".asl.json", ".asl.yaml", ".asl.yml");
    private static final String INPUT_SUFFIX = ".input.json";

    private final DiscoveryIssueReporter issues;

    MockConfigFileReader(DiscoveryIssueReporter issues) {
        this.issues = issues;
    }

    /** @return the test cases of every state machine that has a definition, or empty when the file is broken */
    Optional<List<StepProofCase>> cases(TestFile file) {
        MockConfig.ReadResult read = MockConfig.read(file.path());
        boolean broken = !read.isValid();
        String consequence = broken ? " The file's test cases were not discovered." : "";
        read.diagnostics().forEach(d -> issues.reportIssue(Diagnostics.issue(d, file.path(), consequence)));
        if (broken) {
            return Optional.empty();
        }
        List<StepProofCase> cases = new ArrayList<>();
        for (String machine : read.config().stateMachines()) {
            Optional<Path> definition = sibling(file.path(), machine, DEFINITION_SUFFIXES);
            if (definition.isEmpty()) {
                reportMissingDefinition(file, machine, read.config().testCases(machine));
                continue;
            }
            Path input = sibling(file.path(), machine, List.of(INPUT_SUFFIX)).orElse(null);
            read.config().testCases(machine)
                    .forEach(testCase -> cases.add(new MockConfigCase(file.path(), machine, testCase, definition.get(), input)));
        }
        return Optional.of(cases);
    }

    private static Optional<Path> sibling(Path file, String machine, List<String> suffixes) {
        Path folder = file.toAbsolutePath().getParent();
        return suffixes.stream().map(s -> folder.resolve(machine + s)).filter(Files::isRegularFile).findFirst();
    }

    /**
     * A WARNING, not an ERROR: the file may configure machines that are tested elsewhere (by scenario files that name
     * it as their {@code mockConfig}), which is no mistake, and an ERROR would stop the whole engine.
     */
    private void reportMissingDefinition(TestFile file, String machine, List<String> testCases) {
        List<String> lookedFor = DEFINITION_SUFFIXES.stream().map(s -> machine + s).toList();
        issues.reportIssue(DiscoveryIssue.builder(Severity.WARNING, "MockConfigFile " + file.path()
                        + " configures state machine '" + machine + "' but has no definition for it next to it (looked for "
                        + String.join(", ", lookedFor) + "); its test cases " + testCases + " were not discovered.")
                .source(FileSource.from(file.path().toFile()))
                .build());
    }
}
