package dev.stepproof.junit.engine;

import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.Severity;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

import java.nio.file.Path;
import java.util.List;

/** Turns StepProof's diagnostics into discovery issues and failure lines. */
final class Diagnostics {

    private Diagnostics() {
    }

    static List<Diagnostic> errors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    static List<Diagnostic> warnings(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).toList();
    }

    /** @return one failure line per warning when {@link Constants#FAIL_ON_WARNING} is on, else none */
    static List<String> failingWarnings(List<Diagnostic> warnings, EngineConfiguration configuration) {
        if (!configuration.failOnWarning()) {
            return List.of();
        }
        return warnings.stream()
                .map(d -> d.format() + " (fails the case: '" + Constants.FAIL_ON_WARNING + "=true')")
                .toList();
    }

    /**
     * A discovery issue for a diagnostic of {@code file}, located at the diagnostic's line and column so that IDEs
     * link to it; its severity maps one to one (ERROR, WARNING, INFO).
     *
     * @param consequence appended to the message, e.g. what was not discovered because of it
     */
    static DiscoveryIssue issue(Diagnostic diagnostic, Path file, String consequence) {
        FileSource source = diagnostic.position().isKnown()
                ? FileSource.from(file.toFile(), FilePosition.from(diagnostic.position().line(), diagnostic.position().column()))
                : FileSource.from(file.toFile());
        return DiscoveryIssue.builder(severity(diagnostic.severity()), diagnostic.format() + consequence)
                .source(source)
                .build();
    }

    private static DiscoveryIssue.Severity severity(Severity severity) {
        return switch (severity) {
            case ERROR -> DiscoveryIssue.Severity.ERROR;
            case WARNING -> DiscoveryIssue.Severity.WARNING;
            case INFO -> DiscoveryIssue.Severity.INFO;
        };
    }
}
