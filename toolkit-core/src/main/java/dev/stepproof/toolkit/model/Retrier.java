package dev.stepproof.toolkit.model;

import java.util.List;
import java.util.Optional;

/**
 * One entry of a {@code Retry} array. Numeric fields are {@code null} when absent; the {@code effective…}
 * methods apply the ASL defaults.
 *
 * @param errorEquals      error names to match, in order; never null
 * @param intervalSeconds  {@code IntervalSeconds}, or null (default 1)
 * @param maxAttempts      {@code MaxAttempts}, or null (default 3; 0 means never retry)
 * @param backoffRate      {@code BackoffRate}, or null (default 2.0)
 * @param maxDelaySeconds  {@code MaxDelaySeconds}, or null (no cap)
 * @param jitterStrategy   {@code JitterStrategy}, or null (default NONE, also for unknown values)
 * @param comment          {@code Comment}, or null
 * @since 0.1.0
 */
public record Retrier(List<String> errorEquals, Integer intervalSeconds, Integer maxAttempts, Double backoffRate,
                      Integer maxDelaySeconds, JitterStrategy jitterStrategy, String comment) {

    /** ASL default for {@code IntervalSeconds}. */
    public static final int DEFAULT_INTERVAL_SECONDS = 1;
    /** ASL default for {@code MaxAttempts}. */
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    /** ASL default for {@code BackoffRate}. */
    public static final double DEFAULT_BACKOFF_RATE = 2.0;

    /**
     * How a retry delay is randomised.
     *
     * @since 0.1.0
     */
    public enum JitterStrategy {
        /** The delay is drawn uniformly from {@code [0, delay]}. */
        FULL,
        /** The computed delay is used as is. */
        NONE;

        /**
         * @param aslName the field value, may be null
         * @return the constant spelled exactly {@code aslName}, or empty
         */
        public static Optional<JitterStrategy> fromAslName(String aslName) {
            for (JitterStrategy strategy : values()) {
                if (strategy.name().equals(aslName)) {
                    return Optional.of(strategy);
                }
            }
            return Optional.empty();
        }
    }

    public Retrier {
        errorEquals = ModelCopies.list(errorEquals);
    }

    /** @return {@code IntervalSeconds}, or its default */
    public int effectiveIntervalSeconds() {
        return intervalSeconds == null ? DEFAULT_INTERVAL_SECONDS : intervalSeconds;
    }

    /** @return {@code MaxAttempts}, or its default */
    public int effectiveMaxAttempts() {
        return maxAttempts == null ? DEFAULT_MAX_ATTEMPTS : maxAttempts;
    }

    /** @return {@code BackoffRate}, or its default */
    public double effectiveBackoffRate() {
        return backoffRate == null ? DEFAULT_BACKOFF_RATE : backoffRate;
    }

    /** @return {@code JitterStrategy}, or its default */
    public JitterStrategy effectiveJitterStrategy() {
        return jitterStrategy == null ? JitterStrategy.NONE : jitterStrategy;
    }
}
