package dev.stepproof.junit.engine;

import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.ScenarioReport;
import dev.stepproof.toolkit.ScenarioReport.CaseResult;
import dev.stepproof.toolkit.SourcePosition;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One case of a scenario file, run through {@link dev.stepproof.toolkit.ScenarioRunner#run(Path, String)}.
 *
 * @param file     the scenario file
 * @param name     the case's name, unique in the file (SP-C002 otherwise)
 * @param position where the case starts, for IDE navigation
 */
record ScenarioCase(Path file, String name, SourcePosition position) implements StepProofCase {

    @Override
    public String segment() {
        return name;
    }

    @Override
    public TestSource source() {
        return position.isKnown()
                ? FileSource.from(file.toFile(), FilePosition.from(position.line(), position.column()))
                : FileSource.from(file.toFile());
    }

    @Override
    public CaseOutcome run(ExecutionContext context) {
        // Not reused from discovery (the file may have changed, and the definition is only read here): the runner reads
        // it for the file's first case and reuses it for the others while its modification time and size stay.
        ScenarioReport report = context.runner().run(file, name);
        List<Diagnostic> warnings = Diagnostics.warnings(report.diagnostics());
        if (report.cases().isEmpty()) {
            return CaseOutcome.couldNotRun(couldNotRun(report), warnings);
        }
        CaseResult result = report.cases().get(0);
        context.recordCoverage(report.stateMachineName(), report.machine(), result.execution());
        List<String> failures = new ArrayList<>(result.failures());
        failures.addAll(Diagnostics.failingWarnings(warnings, context.configuration()));
        CaseResult judged = new CaseResult(result.name(), result.position(), failures, result.execution());
        Optional<String> failure = judged.passed() ? Optional.empty() : Optional.of(judged.describe(report.source()));
        return new CaseOutcome(failure, result.execution(), warnings);
    }

    private String couldNotRun(ScenarioReport report) {
        List<Diagnostic> errors = Diagnostics.errors(report.diagnostics());
        String head = "Case '" + name + "' (" + report.source() + ") could not run";
        if (errors.isEmpty()) {
            return head + ": the file no longer has a case with this name";
        }
        return head + ":" + errors.stream().map(d -> "\n  - " + d.format()).collect(Collectors.joining());
    }
}
