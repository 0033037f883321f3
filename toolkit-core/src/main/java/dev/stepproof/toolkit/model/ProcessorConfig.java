package dev.stepproof.toolkit.model;

import java.util.Optional;

/**
 * The {@code ProcessorConfig} of a Map item processor. Components are {@code null} when absent or not one
 * of the known values.
 *
 * @param mode          {@code Mode}, or null (means INLINE)
 * @param executionType {@code ExecutionType}, or null (required by AWS for DISTRIBUTED, ignored for INLINE)
 * @since 0.1.0
 */
public record ProcessorConfig(Mode mode, ExecutionType executionType) {

    /**
     * Where iterations run.
     *
     * @since 0.1.0
     */
    public enum Mode {
        /** Iterations run inside the parent execution. */
        INLINE,
        /** Each iteration (or batch) runs as a child execution. */
        DISTRIBUTED;

        /**
         * @param aslName the field value, may be null
         * @return the constant spelled exactly {@code aslName}, or empty
         */
        public static Optional<Mode> fromAslName(String aslName) {
            for (Mode mode : values()) {
                if (mode.name().equals(aslName)) {
                    return Optional.of(mode);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * The workflow type of distributed child executions.
     *
     * @since 0.1.0
     */
    public enum ExecutionType {
        STANDARD, EXPRESS;

        /**
         * @param aslName the field value, may be null
         * @return the constant spelled exactly {@code aslName}, or empty
         */
        public static Optional<ExecutionType> fromAslName(String aslName) {
            for (ExecutionType type : values()) {
                if (type.name().equals(aslName)) {
                    return Optional.of(type);
                }
            }
            return Optional.empty();
        }
    }

    /** @return {@code Mode}, or INLINE when absent */
    public Mode effectiveMode() {
        return mode == null ? Mode.INLINE : mode;
    }
}
