package dev.stepproof.toolkit.model;

import java.util.Objects;

/**
 * A Map state's {@code ItemProcessor} (or legacy {@code Iterator}): the per-item workflow and how it runs.
 *
 * @param processorConfig {@code ProcessorConfig}, or null when absent (INLINE)
 * @param workflow        {@code StartAt}, {@code States} and {@code Comment} of the processor, never null
 * @since 0.1.0
 */
public record ItemProcessor(ProcessorConfig processorConfig, Workflow workflow) {

    public ItemProcessor {
        Objects.requireNonNull(workflow, "workflow");
    }

    /** @return the processing mode, INLINE when not configured */
    public ProcessorConfig.Mode mode() {
        return processorConfig == null ? ProcessorConfig.Mode.INLINE : processorConfig.effectiveMode();
    }
}
