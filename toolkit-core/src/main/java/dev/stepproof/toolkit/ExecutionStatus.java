package dev.stepproof.toolkit;

/**
 * How an execution ended, with AWS's names.
 *
 * @since 0.1.0
 */
public enum ExecutionStatus {
    /** Reached a Succeed state or a state with {@code "End": true}. */
    SUCCEEDED,
    /** An error was not caught (or a Fail state was reached). */
    FAILED,
    /** The state machine's {@code TimeoutSeconds} (or the service maximum) elapsed. */
    TIMED_OUT,
    /** Stopped from outside (StopExecution). StepProof's own limits end executions as FAILED, with an error. */
    ABORTED
}
