package dev.stepproof.maven;

import dev.stepproof.toolkit.Diagnostic;

/**
 * A problem with a file or value the user gave a goal (coverage data, a mocks file, an execution input), carried
 * as a coded {@link Diagnostic} so it is shown like every other StepProof finding.
 */
final class InputProblem extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Diagnostic diagnostic;

    InputProblem(Diagnostic diagnostic) {
        super(diagnostic.format());
        this.diagnostic = diagnostic;
    }

    Diagnostic diagnostic() {
        return diagnostic;
    }
}
