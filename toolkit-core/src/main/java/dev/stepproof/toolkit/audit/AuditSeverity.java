package dev.stepproof.toolkit.audit;

import dev.stepproof.toolkit.Severity;

import java.util.Locale;
import java.util.Optional;

/**
 * How serious an audit {@link Finding} is. Finer than {@link Severity} because security gates (GitHub code
 * scanning, cfn-lint, checkov) speak in these five bands; {@link #toSeverity()} maps back to the one severity
 * model the rest of StepProof uses, so "fail on ERROR" still means something for audit results.
 *
 * @since 0.1.0
 */
public enum AuditSeverity {
    /** Exploitable as is: administrator access, a live credential in the definition. */
    CRITICAL("error", 9.5),
    /** Will break a run or widen access substantially; fails the default gate. */
    HIGH("error", 8.0),
    /** A real weakness that needs a decision. */
    MEDIUM("warning", 5.5),
    /** Hardening. */
    LOW("note", 3.0),
    /** Worth knowing; coverage notes and things that could not be checked. */
    INFO("note", 0.0);

    private final String sarifLevel;
    private final double securitySeverity;

    AuditSeverity(String sarifLevel, double securitySeverity) {
        this.sarifLevel = sarifLevel;
        this.securitySeverity = securitySeverity;
    }

    /** @return CRITICAL and HIGH → ERROR, MEDIUM and LOW → WARNING, INFO → INFO */
    public Severity toSeverity() {
        return switch (this) {
            case CRITICAL, HIGH -> Severity.ERROR;
            case MEDIUM, LOW -> Severity.WARNING;
            case INFO -> Severity.INFO;
        };
    }

    /** @return the SARIF {@code level}: {@code error}, {@code warning} or {@code note} */
    public String sarifLevel() {
        return sarifLevel;
    }

    /**
     * @return GitHub's {@code security-severity} score (CRITICAL 9.5, HIGH 8.0, MEDIUM 5.5, LOW 3.0); empty for
     *         INFO, which GitHub should show as a plain note
     */
    public Optional<String> securitySeverity() {
        return this == INFO ? Optional.empty() : Optional.of(String.valueOf(securitySeverity));
    }

    /**
     * @param other never null
     * @return whether this is as serious as {@code other} or more
     */
    public boolean isAtLeast(AuditSeverity other) {
        return ordinal() <= other.ordinal();
    }

    /**
     * @param name a severity name in any case, never null
     * @return the constant, or empty for {@code NONE} and unknown names
     */
    public static Optional<AuditSeverity> parse(String name) {
        String upper = name.strip().toUpperCase(Locale.ROOT);
        for (AuditSeverity severity : values()) {
            if (severity.name().equals(upper)) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
