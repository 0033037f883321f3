package dev.stepproof.junit;

import dev.stepproof.junit.internal.AuditMessages;
import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.Finding;

import java.util.List;
import java.util.Objects;

/**
 * Assertions on the active findings of one rule in an audit report, reached through
 * {@link AuditReportAssert#hasFinding(String)}; each narrowing returns an assert on the findings that remain.
 * <pre>{@code
 * assertThat(report).hasFinding("RES-003").onState("WaitForApproval").withSeverity(AuditSeverity.HIGH);
 * }</pre>
 *
 * @since 0.1.0
 */
public class AuditFindingAssert extends StepProofAssert<AuditFindingAssert, AuditFindingAssert.Subject> {

    /**
     * What an {@link AuditFindingAssert} is about: the selected active findings of one rule.
     *
     * @param ruleId   the rule id; never null
     * @param findings the selected findings; never null (empty after a failed selection)
     * @since 0.1.0
     */
    public record Subject(String ruleId, List<Finding> findings) {
        /**
         * Checks the components and copies the list.
         *
         * @param ruleId   the rule id; never null
         * @param findings the selected findings; never null
         */
        public Subject {
            Objects.requireNonNull(ruleId, "ruleId must not be null");
            findings = List.copyOf(findings);
        }
    }

    /**
     * Public because AssertJ's soft proxies call it; prefer {@link AuditReportAssert#hasFinding(String)}.
     *
     * @param actual the selected findings; never null
     */
    public AuditFindingAssert(Subject actual) {
        super(actual, AuditFindingAssert.class);
    }

    /**
     * Verifies that one of the selected findings is on state {@code state}, and selects those.
     * <pre>{@code
     * // fails:
     * //   Expecting a finding of rule 'PERM-001' on state 'Save' but it has none there; findings of 'PERM-001':
     * //     PERM-001 HIGH state 'Confirm' (orders.asl.json:16:7)
     * assertThat(report).hasFinding("PERM-001").onState("Save");
     * }</pre>
     *
     * @param state the state's name; never null
     * @return assertions on the findings on that state
     * @throws AssertionError if none of the selected findings is on that state
     * @since 0.1.0
     */
    public AuditFindingAssert onState(String state) {
        Objects.requireNonNull(state, "state must not be null");
        List<Finding> on = actual.findings().stream().filter(f -> state.equals(f.stateName())).toList();
        if (on.isEmpty()) {
            failWhileNavigating(AuditMessages.shouldBeOnState(actual.ruleId(), state, actual.findings()));
        }
        return navigate(AuditFindingAssert.class, Subject.class, new Subject(actual.ruleId(), on), AuditFindingAssert::new);
    }

    /**
     * Verifies that every selected finding has severity {@code severity} (after the configuration's overrides).
     *
     * @param severity the expected severity; never null
     * @return this assert
     * @throws AssertionError if a selected finding has another severity, or none is selected
     * @since 0.1.0
     */
    public AuditFindingAssert withSeverity(AuditSeverity severity) {
        Objects.requireNonNull(severity, "severity must not be null");
        if (actual.findings().isEmpty() || actual.findings().stream().anyMatch(f -> f.severity() != severity)) {
            throwAssertionError(AuditMessages.shouldHaveSeverity(actual.ruleId(), severity, actual.findings()));
        }
        return myself;
    }
}
