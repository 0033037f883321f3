package dev.stepproof.toolkit;

/**
 * The quotas an execution runs under. Defaults are AWS's; each can be changed for a test.
 *
 * @param maxPayloadBytes   largest state input/output and task result, UTF-8 bytes (AWS: 262,144);
 *                          larger fails with {@code States.DataLimitExceeded}
 * @param maxHistoryEvents  most history events of a STANDARD execution (AWS: 25,000); more fails the execution
 * @param maxTransitions    most states entered before StepProof stops a runaway loop (not an AWS quota:
 *                          AWS would run on until the history or time limit); the execution FAILS with
 *                          {@code StepProof.TransitionLimitExceeded}
 * @since 0.1.0
 */
public record ExecutionLimits(int maxPayloadBytes, int maxHistoryEvents, long maxTransitions) {

    /** AWS's payload quota: 256 KiB. */
    public static final int AWS_MAX_PAYLOAD_BYTES = 262_144;
    /** AWS's history quota for STANDARD executions. */
    public static final int AWS_MAX_HISTORY_EVENTS = 25_000;

    public ExecutionLimits {
        if (maxPayloadBytes <= 0 || maxHistoryEvents <= 0 || maxTransitions <= 0) {
            throw new IllegalArgumentException("limits must be positive: " + maxPayloadBytes + ", "
                    + maxHistoryEvents + ", " + maxTransitions);
        }
    }

    /** @return AWS's quotas, and a transition cap of 1,000,000 */
    public static ExecutionLimits aws() {
        return new ExecutionLimits(AWS_MAX_PAYLOAD_BYTES, AWS_MAX_HISTORY_EVENTS, 1_000_000);
    }

    public ExecutionLimits withMaxPayloadBytes(int bytes) {
        return new ExecutionLimits(bytes, maxHistoryEvents, maxTransitions);
    }

    public ExecutionLimits withMaxHistoryEvents(int events) {
        return new ExecutionLimits(maxPayloadBytes, events, maxTransitions);
    }

    public ExecutionLimits withMaxTransitions(long transitions) {
        return new ExecutionLimits(maxPayloadBytes, maxHistoryEvents, transitions);
    }
}
