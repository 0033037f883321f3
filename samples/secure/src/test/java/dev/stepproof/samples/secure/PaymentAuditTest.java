package dev.stepproof.samples.secure;

import dev.stepproof.toolkit.audit.AuditInput;
import dev.stepproof.toolkit.audit.AuditReport;
import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.Auditor;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static dev.stepproof.junit.StepProofAssertions.assertThat;

/**
 * The audit gate as a unit test: the same check stepproof:audit runs in mvn verify, failing in the IDE with the
 * findings listed. The insecure twin shows what each fix in this template removes.
 */
class PaymentAuditTest {

    @Test
    void should_have_no_audit_finding() {
        // WHEN
        AuditReport report = Auditor.standard().audit(AuditInput.template(Path.of("template.yaml")));

        // THEN
        assertThat(report).hasNoFindings();
    }

    @Test
    void should_show_that_the_insecure_twin_has_exactly_the_four_planted_defects() {
        // WHEN
        AuditReport report = Auditor.standard().audit(AuditInput.template(Path.of("../insecure/template.yaml")));

        // THEN over-broad role, missing permission, secret in state input, callback without heartbeat
        assertThat(report).hasOnlyFindings("IAM-002", "IAM-003", "PERM-001", "SEC-002", "RES-003");
        assertThat(report).hasFinding("PERM-001").onState("WaitForApproval").withSeverity(AuditSeverity.HIGH);
        assertThat(report).hasFinding("SEC-002").onState("Charge").withSeverity(AuditSeverity.HIGH);
        assertThat(report).hasFinding("RES-003").onState("WaitForApproval").withSeverity(AuditSeverity.HIGH);
    }
}
