package dev.stepproof.toolkit.audit;

import dev.stepproof.toolkit.Diagnostic;

import java.util.Objects;
import java.util.Optional;

/**
 * One audit result: which rule, how serious, where, what is wrong and how to fix it.
 *
 * <p>{@code fingerprint} identifies the finding across runs without line numbers (rule, file, state machine,
 * pointer and an evidence token such as an action name or a hash of a secret, never the secret itself); it keys
 * baselines and SARIF {@code partialFingerprints}. Findings are values: the {@code with…} methods return copies.
 *
 * @param ruleId        stable rule id such as {@code PERM-001}, never null
 * @param severity      never null
 * @param machine       the state machine: template logical id or definition file name, never null
 * @param stateName     the state concerned, or null for machine-, role- or template-level findings
 * @param location      where to look, never null
 * @param message       what is wrong, naming the state and the field, never null
 * @param fix           how to fix it, never null (may be empty)
 * @param policySnippet a JSON policy (or statement) to paste, or null
 * @param evidence      a short, non-secret token that tells findings of one rule at one place apart, never null
 * @param fingerprint   stable identity, never null (empty until the auditor computes it)
 * @param suppression   why the finding is suppressed, or null when it is active
 * @since 0.1.0
 */
public record Finding(String ruleId, AuditSeverity severity, String machine, String stateName,
                      FindingLocation location, String message, String fix, String policySnippet,
                      String evidence, String fingerprint, Suppression suppression) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        fix = Objects.requireNonNullElse(fix, "");
        evidence = Objects.requireNonNullElse(evidence, "");
        fingerprint = Objects.requireNonNullElse(fingerprint, "");
    }

    /** @return whether no suppression applies */
    public boolean isActive() {
        return suppression == null;
    }

    /** @return the suppression, if any */
    public Optional<Suppression> suppressionIfAny() {
        return Optional.ofNullable(suppression);
    }

    /** @return the rule family, the part of the id before the dash ({@code PERM} for {@code PERM-001}) */
    public String family() {
        int dash = ruleId.indexOf('-');
        return dash < 0 ? ruleId : ruleId.substring(0, dash);
    }

    /** @return a copy with {@code severity} */
    public Finding withSeverity(AuditSeverity severity) {
        return new Finding(ruleId, severity, machine, stateName, location, message, fix, policySnippet, evidence,
                fingerprint, suppression);
    }

    /** @return a copy carrying {@code policySnippet} */
    public Finding withPolicySnippet(String policySnippet) {
        return new Finding(ruleId, severity, machine, stateName, location, message, fix, policySnippet, evidence,
                fingerprint, suppression);
    }

    /** @return a copy with {@code evidence} (part of the fingerprint) */
    public Finding withEvidence(String evidence) {
        return new Finding(ruleId, severity, machine, stateName, location, message, fix, policySnippet, evidence,
                fingerprint, suppression);
    }

    /** @return a copy with {@code fingerprint} */
    public Finding withFingerprint(String fingerprint) {
        return new Finding(ruleId, severity, machine, stateName, location, message, fix, policySnippet, evidence,
                fingerprint, suppression);
    }

    /** @return a copy suppressed by {@code suppression} (null makes it active again) */
    public Finding withSuppression(Suppression suppression) {
        return new Finding(ruleId, severity, machine, stateName, location, message, fix, policySnippet, evidence,
                fingerprint, suppression);
    }

    /**
     * @return this finding in StepProof's shared diagnostic shape: the rule id as code, the severity mapped by
     *         {@link AuditSeverity#toSeverity()}, the fix (and policy snippet) as hint
     */
    public Diagnostic toDiagnostic() {
        String hint = policySnippet == null ? fix : fix + " " + policySnippet;
        return new Diagnostic(ruleId, severity.toSeverity(), location.source(), location.pointer(),
                location.position(), message, hint);
    }

    /** @return {@code file:line:col: SEVERITY RULE-ID message} */
    @Override
    public String toString() {
        return location.source() + (location.position().isKnown() ? ":" + location.position() : "") + ": "
                + severity + " " + ruleId + " " + message;
    }
}
