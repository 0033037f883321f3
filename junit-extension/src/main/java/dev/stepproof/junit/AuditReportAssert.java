package dev.stepproof.junit;

import dev.stepproof.junit.internal.AuditMessages;
import dev.stepproof.toolkit.audit.AuditReport;
import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.Finding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Assertions on an {@link AuditReport}, so a project can keep its audit gate in a unit test. They look at
 * <em>active</em> findings only: findings suppressed by a Comment, template Metadata, the configuration file or
 * a baseline count as accepted. Every failure message lists the findings concerned as
 * {@code RULE-ID SEVERITY state 'X' (file:line:col)}.
 * <pre>{@code
 * AuditReport report = Auditor.standard().audit(AuditInput.template(Path.of("template.yaml")));
 * assertThat(report).hasNoFindingsAtOrAbove(AuditSeverity.HIGH);
 * assertThat(report).hasFinding("RES-003").onState("WaitForApproval").withSeverity(AuditSeverity.HIGH);
 * }</pre>
 *
 * @since 0.1.0
 */
public class AuditReportAssert extends StepProofAssert<AuditReportAssert, AuditReport> {

    /**
     * Public because AssertJ's soft proxies call it; prefer {@link StepProofAssertions#assertThat(AuditReport)}.
     *
     * @param actual the report under test; may be null (every assertion then fails)
     */
    public AuditReportAssert(AuditReport actual) {
        super(actual, AuditReportAssert.class);
    }

    /**
     * Verifies that the report has no active finding.
     * <pre>{@code
     * // fails:
     * //   Expecting no audit findings but found 2:
     * //     PERM-001 HIGH state 'Confirm' (orders.asl.json:16:7)
     * //     RES-003 HIGH state 'Confirm' (orders.asl.json:14:5)
     * assertThat(report).hasNoFindings();
     * }</pre>
     *
     * @return this assert
     * @throws AssertionError if the report is null or has an active finding
     * @since 0.1.0
     */
    public AuditReportAssert hasNoFindings() {
        isNotNull();
        if (!actual.activeFindings().isEmpty()) {
            throwAssertionError(AuditMessages.shouldHaveNoFindings(actual.activeFindings()));
        }
        return myself;
    }

    /**
     * Verifies that no active finding is as serious as {@code severity} or more: the audit gate's
     * {@code failOnSeverity}, whatever the report's own threshold.
     *
     * @param severity the lowest severity that fails; never null
     * @return this assert
     * @throws AssertionError if the report is null or has such a finding
     * @since 0.1.0
     */
    public AuditReportAssert hasNoFindingsAtOrAbove(AuditSeverity severity) {
        Objects.requireNonNull(severity, "severity must not be null");
        isNotNull();
        List<Finding> found = actual.activeFindings().stream().filter(f -> f.severity().isAtLeast(severity)).toList();
        if (!found.isEmpty()) {
            throwAssertionError(AuditMessages.shouldHaveNoFindingsAtOrAbove(severity, found));
        }
        return myself;
    }

    /**
     * Verifies that the active findings are of exactly these rules (each at least once, no other rule).
     * <pre>{@code
     * // fails:
     * //   Expecting only audit findings of rules [PERM-001] but found:
     * //     PERM-001 HIGH state 'Confirm' (orders.asl.json:16:7)
     * //     RES-003 HIGH state 'Confirm' (orders.asl.json:14:5)
     * //   missing: []; unexpected: [RES-003]
     * assertThat(report).hasOnlyFindings("PERM-001");
     * }</pre>
     *
     * @param ruleIds the expected rule ids; none means no finding at all
     * @return this assert
     * @throws AssertionError if the report is null, lacks one of the rules or has another
     * @since 0.1.0
     */
    public AuditReportAssert hasOnlyFindings(String... ruleIds) {
        Objects.requireNonNull(ruleIds, "ruleIds must not be null");
        isNotNull();
        Set<String> expected = new LinkedHashSet<>(List.of(ruleIds));
        Set<String> found = new LinkedHashSet<>();
        actual.activeFindings().forEach(f -> found.add(f.ruleId()));
        Set<String> missing = new LinkedHashSet<>(expected);
        missing.removeAll(found);
        Set<String> unexpected = new LinkedHashSet<>(found);
        unexpected.removeAll(expected);
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            throwAssertionError(AuditMessages.shouldHaveOnlyFindings(expected, actual.activeFindings(), missing, unexpected));
        }
        return myself;
    }

    /**
     * Verifies that the report has an active finding of {@code ruleId} and selects its findings for further
     * assertions ({@link AuditFindingAssert#onState(String)}, {@link AuditFindingAssert#withSeverity(AuditSeverity)}).
     * <pre>{@code
     * // fails:
     * //   Expecting an audit finding of rule 'SEC-002' but found none; findings:
     * //     PERM-001 HIGH state 'Confirm' (orders.asl.json:16:7)
     * assertThat(report).hasFinding("SEC-002");
     * }</pre>
     *
     * @param ruleId the rule id, e.g. {@code PERM-001}; never null
     * @return assertions on that rule's active findings
     * @throws AssertionError if the report is null or has no such finding
     * @since 0.1.0
     */
    public AuditFindingAssert hasFinding(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId must not be null");
        isNotNull();
        List<Finding> ofRule = new ArrayList<>();
        actual.activeFindings().stream().filter(f -> f.ruleId().equals(ruleId)).forEach(ofRule::add);
        if (ofRule.isEmpty()) {
            failWhileNavigating(AuditMessages.shouldHaveFinding(ruleId, actual.activeFindings()));
        }
        return navigate(AuditFindingAssert.class, AuditFindingAssert.Subject.class,
                new AuditFindingAssert.Subject(ruleId, ofRule), AuditFindingAssert::new);
    }
}
