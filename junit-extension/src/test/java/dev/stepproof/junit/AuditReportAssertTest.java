package dev.stepproof.junit;

import dev.stepproof.toolkit.audit.AuditConfig;
import dev.stepproof.toolkit.audit.AuditInput;
import dev.stepproof.toolkit.audit.AuditReport;
import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.Auditor;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;

import static dev.stepproof.junit.Fixtures.expectAssertionError;
import static dev.stepproof.junit.StepProofAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

class AuditReportAssertTest {

    /**
     * orders.asl.json: Save (dynamodb:putItem) then Confirm (sqs:sendMessage.waitForTaskToken without
     * HeartbeatSeconds); its role policy grants only dynamodb:PutItem. Findings: PERM-001 HIGH on Confirm,
     * PERM-012 INFO on Save, RES-003 HIGH on Confirm.
     */
    private static final AuditReport ORDERS = Auditor.standard().audit(orders());

    private static AuditInput orders() {
        Path dir = resource("audit");
        return AuditInput.definition(dir.resolve("orders.asl.json")).withRolePolicy(dir.resolve("orders.role-policy.json"));
    }

    private static Path resource(String name) {
        try {
            return Path.of(AuditReportAssertTest.class.getResource("/dev/stepproof/junit/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void hasFinding_should_navigate_to_the_state_and_the_severity() {
        // WHEN / THEN
        assertThat(ORDERS).hasFinding("PERM-001").onState("Confirm").withSeverity(AuditSeverity.HIGH);
        assertThat(ORDERS).hasFinding("PERM-012").onState("Save").withSeverity(AuditSeverity.INFO);
        assertThat(ORDERS).hasOnlyFindings("PERM-001", "PERM-012", "RES-003").hasNoFindingsAtOrAbove(AuditSeverity.CRITICAL);
    }

    @Test
    void hasNoFindingsAtOrAbove_should_fail_listing_the_findings_at_or_above() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(ORDERS).hasNoFindingsAtOrAbove(AuditSeverity.HIGH));

        // THEN
        then(error).hasMessage("""
                Expecting no audit findings at or above HIGH but found 2:
                  PERM-001 HIGH state 'Confirm' (orders.asl.json:16:7)
                  RES-003 HIGH state 'Confirm' (orders.asl.json:14:5)""");
    }

    @Test
    void hasNoFindings_should_fail_listing_every_active_finding() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(ORDERS).hasNoFindings());

        // THEN
        then(error).hasMessage("""
                Expecting no audit findings but found 3:
                  PERM-001 HIGH state 'Confirm' (orders.asl.json:16:7)
                  PERM-012 INFO state 'Save' (orders.asl.json:8:7)
                  RES-003 HIGH state 'Confirm' (orders.asl.json:14:5)""");
    }

    @Test
    void hasNoFindings_should_pass_when_every_finding_is_suppressed() {
        // GIVEN the configuration file accepts every finding of this machine
        AuditConfig config = AuditConfig.defaults()
                .withSuppression(new AuditConfig.Suppress("*", null, null, null, null, "accepted for the test", null));

        // WHEN
        AuditReport report = Auditor.standard().withConfig(config).audit(orders());

        // THEN
        then(report.suppressedFindings()).hasSize(3);
        assertThat(report).hasNoFindings().hasOnlyFindings();
    }

    @Test
    void hasFinding_should_fail_listing_the_findings_there_are() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(ORDERS).hasFinding("SEC-002"));

        // THEN
        then(error).hasMessage("""
                Expecting an audit finding of rule 'SEC-002' but found none; findings:
                  PERM-001 HIGH state 'Confirm' (orders.asl.json:16:7)
                  PERM-012 INFO state 'Save' (orders.asl.json:8:7)
                  RES-003 HIGH state 'Confirm' (orders.asl.json:14:5)""");
    }

    @Test
    void onState_should_fail_naming_the_states_the_rule_found() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(ORDERS).hasFinding("PERM-001").onState("Save"));

        // THEN
        then(error).hasMessage("""
                Expecting a finding of rule 'PERM-001' on state 'Save' but it has none there; findings of 'PERM-001':
                  PERM-001 HIGH state 'Confirm' (orders.asl.json:16:7)""");
    }

    @Test
    void withSeverity_should_fail_showing_the_actual_severity() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(ORDERS).hasFinding("RES-003").withSeverity(AuditSeverity.LOW));

        // THEN
        then(error).hasMessage("""
                Expecting the findings of rule 'RES-003' to have severity LOW but found:
                  RES-003 HIGH state 'Confirm' (orders.asl.json:14:5)""");
    }

    @Test
    void hasOnlyFindings_should_fail_naming_the_missing_and_the_unexpected_rules() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(ORDERS).hasOnlyFindings("PERM-001", "SEC-002"));

        // THEN
        then(error).hasMessage("""
                Expecting only audit findings of rules [PERM-001, SEC-002] but found:
                  PERM-001 HIGH state 'Confirm' (orders.asl.json:16:7)
                  PERM-012 INFO state 'Save' (orders.asl.json:8:7)
                  RES-003 HIGH state 'Confirm' (orders.asl.json:14:5)
                missing: [SEC-002]; unexpected: [PERM-012, RES-003]""");
    }

    @Test
    void should_collect_audit_failures_softly_including_navigated_ones() {
        // GIVEN
        SoftStepProofAssertions softly = new SoftStepProofAssertions();

        // WHEN
        softly.assertThat(ORDERS).hasNoFindingsAtOrAbove(AuditSeverity.HIGH);
        softly.assertThat(ORDERS).hasFinding("SEC-002").onState("Charge");
        softly.assertThat(ORDERS).hasFinding("RES-003").onState("Confirm").withSeverity(AuditSeverity.HIGH);

        // THEN
        then(softly.assertionErrorsCollected()).extracting(e -> e.getMessage().replaceFirst("\nat [^\n]*$", ""))
                .containsExactly("""
                        Expecting no audit findings at or above HIGH but found 2:
                          PERM-001 HIGH state 'Confirm' (orders.asl.json:16:7)
                          RES-003 HIGH state 'Confirm' (orders.asl.json:14:5)""", """
                        Expecting an audit finding of rule 'SEC-002' but found none; findings:
                          PERM-001 HIGH state 'Confirm' (orders.asl.json:16:7)
                          PERM-012 INFO state 'Save' (orders.asl.json:8:7)
                          RES-003 HIGH state 'Confirm' (orders.asl.json:14:5)""", """
                        Expecting a finding of rule 'SEC-002' on state 'Charge' but it has none there; findings of 'SEC-002': none""");
    }
}
