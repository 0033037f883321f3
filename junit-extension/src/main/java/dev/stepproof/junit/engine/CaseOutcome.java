package dev.stepproof.junit.engine;

import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.Execution;

import java.util.List;
import java.util.Optional;

/**
 * How a case ended.
 *
 * @param failure   the assertion message when the case failed; empty when it passed
 * @param execution the execution, or null when the case could not run
 * @param warnings  WARNING diagnostics of the files the case ran from, reported even when they do not fail it
 */
record CaseOutcome(Optional<String> failure, Execution execution, List<Diagnostic> warnings) {

    CaseOutcome {
        warnings = List.copyOf(warnings);
    }

    static CaseOutcome couldNotRun(String message, List<Diagnostic> warnings) {
        return new CaseOutcome(Optional.of(message), null, warnings);
    }
}
