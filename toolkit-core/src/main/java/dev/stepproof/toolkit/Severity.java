package dev.stepproof.toolkit;

/**
 * How serious a {@link Diagnostic} is. One model shared by the validator, the auditor, the JUnit engine
 * and the Maven plugin, so that "fail on ERROR, report WARNING" means the same everywhere.
 *
 * @since 0.1.0
 */
public enum Severity {
    /** AWS would reject the definition (or the run would certainly fail); gates fail on it. */
    ERROR,
    /** Legal, but likely a mistake or a risk; gates may be configured to fail on it. */
    WARNING,
    /** Worth knowing; never fails a gate. */
    INFO
}
