package dev.stepproof.toolkit.audit;

import java.util.Objects;

/**
 * Why a finding does not count against the gate. Suppressed findings stay in every report (SARIF
 * {@code suppressions}, JUnit {@code skipped}, JSON {@code suppressed: true}) so the audit trail is complete.
 *
 * @param kind   where the suppression was written, never null
 * @param origin what said so, e.g. {@code Comment of state 'Charge'} or {@code stepproof-audit.json}, never null
 * @param reason the justification given, never null (may be empty for baselines)
 * @since 0.1.0
 */
public record Suppression(Kind kind, String origin, String reason) {

    /**
     * Where a suppression comes from. The names follow SARIF's {@code suppression.kind} for the first two.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** Written next to the finding: a state's {@code Comment} or a template resource's {@code Metadata}. */
        IN_SOURCE,
        /** A configuration file. */
        EXTERNAL,
        /** Present in the baseline of accepted findings. */
        BASELINE
    }

    public Suppression {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(origin, "origin");
        reason = Objects.requireNonNullElse(reason, "");
    }
}
