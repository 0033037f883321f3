package dev.stepproof.toolkit;

/**
 * The two kinds of state machine. They differ in what a definition may use (EXPRESS has no
 * {@code .sync}, {@code .waitForTaskToken} or activities) and in how executions behave.
 *
 * @since 0.1.0
 */
public enum WorkflowType {
    /** Exactly-once, up to a year, full execution history. The default. */
    STANDARD,
    /** At-least-once (asynchronous) or at-most-once (synchronous), up to five minutes. */
    EXPRESS
}
