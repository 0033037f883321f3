package dev.stepproof.toolkit.audit;

import java.util.List;

/**
 * One audit check, with a stable id. Implement it to add a project-specific rule; pass it to
 * {@link Auditor#withAdditionalRules(List)}. Rules are stateless and thread-safe: everything they look at comes
 * from the {@link AuditSubject}, and expensive shared analyses are cached with {@link AuditSubject#memo}.
 *
 * <pre>{@code
 * final class NoLegacyLambda implements AuditRule {
 *     public String id() { return "ACME-001"; }
 *     public AuditSeverity defaultSeverity() { return AuditSeverity.MEDIUM; }
 *     public List<Finding> check(AuditSubject subject) {
 *         return subject.machine().allStates().stream()
 *                 .filter(s -> s.name().startsWith("Legacy"))
 *                 .map(s -> subject.finding(this, s, s.pointer(), "State '" + s.name() + "' is legacy.", "Rename it."))
 *                 .toList();
 *     }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public interface AuditRule {

    /** @return the stable id, {@code FAMILY-NNN}; never reused for another meaning */
    String id();

    /** @return the severity of this rule's findings unless the rule or the configuration says otherwise */
    AuditSeverity defaultSeverity();

    /**
     * @param subject one state machine with its role and settings, never null
     * @return the findings, in document order where that applies; empty when all is well; never null
     */
    List<Finding> check(AuditSubject subject);

    /** @return one line naming what the rule checks, for SARIF {@code shortDescription} and reports */
    default String title() {
        return id();
    }

    /** @return why it matters and how to fix it, for SARIF {@code help}; may be empty */
    default String help() {
        return "";
    }
}
