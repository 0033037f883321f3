package dev.stepproof.toolkit;

import java.time.Duration;
import java.util.Objects;

/**
 * The quotas an execution runs under. Defaults are AWS's; each can be changed for a test.
 *
 * @param maxPayloadBytes      largest state input/output and task result, UTF-8 bytes (AWS: 262,144);
 *                             larger fails with {@code States.DataLimitExceeded}
 * @param maxHistoryEvents     most history events of a STANDARD execution (AWS: 25,000); more fails the execution
 * @param maxTransitions       most states entered before StepProof stops a runaway loop (not an AWS quota:
 *                             AWS would run on until the history or time limit); the execution FAILS with
 *                             {@code StepProof.TransitionLimitExceeded}
 * @param maxStandardDuration  longest a STANDARD execution may run in virtual time (AWS: 1 year); longer ends it
 *                             TIMED_OUT with {@code States.Timeout}, as a top-level {@code TimeoutSeconds} does
 * @param maxExpressDuration   the same for EXPRESS executions, distributed-Map children included (AWS: 5 minutes)
 * @since 0.1.0
 */
public record ExecutionLimits(int maxPayloadBytes, int maxHistoryEvents, long maxTransitions,
                              Duration maxStandardDuration, Duration maxExpressDuration) {

    /** AWS's payload quota: 256 KiB. */
    public static final int AWS_MAX_PAYLOAD_BYTES = 262_144;
    /** AWS's history quota for STANDARD executions. */
    public static final int AWS_MAX_HISTORY_EVENTS = 25_000;
    /** AWS's maximum duration of a STANDARD execution: one year (365 days). */
    public static final Duration AWS_MAX_STANDARD_DURATION = Duration.ofDays(365);
    /** AWS's maximum duration of an EXPRESS execution: five minutes. */
    public static final Duration AWS_MAX_EXPRESS_DURATION = Duration.ofMinutes(5);

    public ExecutionLimits {
        if (maxPayloadBytes <= 0 || maxHistoryEvents <= 0 || maxTransitions <= 0) {
            throw new IllegalArgumentException("limits must be positive: " + maxPayloadBytes + ", "
                    + maxHistoryEvents + ", " + maxTransitions);
        }
        Objects.requireNonNull(maxStandardDuration, "maxStandardDuration");
        Objects.requireNonNull(maxExpressDuration, "maxExpressDuration");
        if (maxStandardDuration.isNegative() || maxStandardDuration.isZero()
                || maxExpressDuration.isNegative() || maxExpressDuration.isZero()) {
            throw new IllegalArgumentException("durations must be positive: " + maxStandardDuration + ", "
                    + maxExpressDuration);
        }
    }

    /** Limits with AWS's execution durations (the 0.1 constructor). */
    public ExecutionLimits(int maxPayloadBytes, int maxHistoryEvents, long maxTransitions) {
        this(maxPayloadBytes, maxHistoryEvents, maxTransitions, AWS_MAX_STANDARD_DURATION, AWS_MAX_EXPRESS_DURATION);
    }

    /** @return AWS's quotas, and a transition cap of 1,000,000 */
    public static ExecutionLimits aws() {
        return new ExecutionLimits(AWS_MAX_PAYLOAD_BYTES, AWS_MAX_HISTORY_EVENTS, 1_000_000);
    }

    public ExecutionLimits withMaxPayloadBytes(int bytes) {
        return new ExecutionLimits(bytes, maxHistoryEvents, maxTransitions, maxStandardDuration, maxExpressDuration);
    }

    public ExecutionLimits withMaxHistoryEvents(int events) {
        return new ExecutionLimits(maxPayloadBytes, events, maxTransitions, maxStandardDuration, maxExpressDuration);
    }

    public ExecutionLimits withMaxTransitions(long transitions) {
        return new ExecutionLimits(maxPayloadBytes, maxHistoryEvents, transitions, maxStandardDuration, maxExpressDuration);
    }

    /** @param duration the longest a STANDARD execution may run in virtual time */
    public ExecutionLimits withMaxStandardDuration(Duration duration) {
        return new ExecutionLimits(maxPayloadBytes, maxHistoryEvents, maxTransitions, duration, maxExpressDuration);
    }

    /** @param duration the longest an EXPRESS execution (or distributed-Map EXPRESS child) may run in virtual time */
    public ExecutionLimits withMaxExpressDuration(Duration duration) {
        return new ExecutionLimits(maxPayloadBytes, maxHistoryEvents, maxTransitions, maxStandardDuration, duration);
    }

    /** @return the maximum duration of an execution of {@code type}, in milliseconds */
    public long maxDurationMillis(WorkflowType type) {
        return (type == WorkflowType.EXPRESS ? maxExpressDuration : maxStandardDuration).toMillis();
    }
}
