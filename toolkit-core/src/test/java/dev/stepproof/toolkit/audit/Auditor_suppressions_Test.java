package dev.stepproof.toolkit.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Auditor_suppressions_Test {

    private static final Path DIR = RuleFixturesTest.root().resolve("suppress");
    private static final AuditInput MACHINE = AuditInput.definition(DIR.resolve("machine.asl.json"));

    @Test
    void should_suppress_a_finding_named_in_the_state_comment_with_its_reason() {
        // GIVEN a Save state whose Comment says "stepproof:ignore RES-002 putItem is idempotent on the order id"

        // WHEN
        AuditReport report = Auditor.standard().audit(MACHINE);

        // THEN
        Finding res002 = report.findingsOf("RES-002").get(0);
        assertThat(res002.isActive()).isFalse();
        assertThat(res002.suppression()).isEqualTo(new Suppression(Suppression.Kind.IN_SOURCE,
                "Comment of state 'Save'", "putItem is idempotent on the order id"));
    }

    @Test
    void should_ignore_a_comment_directive_without_a_reason() {
        // GIVEN
        AuditInput input = AuditInput.definition(DIR.resolve("no-reason.asl.json"));

        // WHEN
        AuditReport report = Auditor.standard().audit(input);

        // THEN
        assertThat(report.findingsOf("RES-002")).singleElement().satisfies(f -> assertThat(f.isActive()).isTrue());
    }

    @Test
    void should_not_let_a_comment_suppress_a_mandatory_rule() {
        // GIVEN a Charge state with a literal AWS key and "stepproof:ignore SEC-001 test key" in its Comment

        // WHEN
        AuditReport report = Auditor.standard().audit(MACHINE);

        // THEN
        assertThat(report.findingsOf("SEC-001")).singleElement().satisfies(f -> assertThat(f.isActive()).isTrue());
        assertThat(report.passed()).isFalse();
    }

    @Test
    void should_apply_the_configuration_file_suppressions_overrides_thresholds_and_disabled_rules() throws IOException {
        // GIVEN
        AuditConfig config = AuditConfig.read(DIR.resolve("stepproof-audit.json"));

        // WHEN
        AuditReport report = Auditor.standard().withConfig(config).audit(MACHINE);
        AuditReport base = Auditor.standard().withConfig(config).audit(AuditInput.definition(RuleFixturesTest.root().resolve("base/machine.asl.json")));

        // THEN
        Finding sec001 = report.findingsOf("SEC-001").get(0);
        assertThat(sec001.suppression()).isEqualTo(new Suppression(Suppression.Kind.EXTERNAL, "audit configuration",
                "revoked key kept as a test vector"));
        assertThat(report.findingsOf("RES-002").get(0).severity()).isEqualTo(AuditSeverity.HIGH);
        assertThat(report.rules()).extracting(AuditRule::id).doesNotContain("RES-016");
        // retryMaxAttempts 2: the base machine's States.ALL retrier (3 attempts, no MaxDelaySeconds) now counts as unbounded
        assertThat(base.findingsOf("RES-005")).extracting(Finding::stateName).containsExactly("Save");
        assertThat(report.failOnSeverity()).contains(AuditSeverity.MEDIUM);
    }

    @Test
    void should_not_apply_an_expired_suppression() throws IOException {
        // GIVEN "RES-*" expired on 2020-01-01
        AuditConfig config = AuditConfig.read(DIR.resolve("stepproof-audit.json"));
        Clock later = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
        Clock before = Clock.fixed(Instant.parse("2019-06-01T00:00:00Z"), ZoneOffset.UTC);
        AuditInput input = AuditInput.definition(DIR.resolve("no-reason.asl.json"));

        // WHEN
        AuditReport now = Auditor.standard().withConfig(config).withClock(later).audit(input);
        AuditReport then = Auditor.standard().withConfig(config).withClock(before).audit(input);

        // THEN
        assertThat(now.findingsOf("RES-002").get(0).isActive()).isTrue();
        assertThat(then.findingsOf("RES-002").get(0).suppression().reason()).isEqualTo("expired");
    }

    @Test
    void should_suppress_through_template_metadata_of_the_resource_and_of_the_template() {
        // GIVEN
        AuditInput input = AuditInput.template(DIR.resolve("template.yaml"));

        // WHEN
        AuditReport report = Auditor.standard().audit(input);

        // THEN
        assertThat(report.findingsOf("OBS-001").get(0).suppression())
                .isEqualTo(new Suppression(Suppression.Kind.IN_SOURCE, "Metadata of Orders",
                        "logs are shipped by the platform team's subscription"));
        assertThat(report.findingsOf("OBS-005").get(0).suppression())
                .isEqualTo(new Suppression(Suppression.Kind.IN_SOURCE, "template Metadata", "AWS-owned key accepted for this stack"));
        // logging and the key were removed from the fixture, so their permissions are now unused (LP-001)
        assertThat(report.activeFindings()).extracting(Finding::ruleId).containsOnly("LP-001");
    }

    @Test
    void should_accept_baselined_findings_and_report_new_ones(@TempDir Path tmp) throws IOException {
        // GIVEN a baseline written from the first audit
        AuditReport first = Auditor.standard().audit(AuditInput.definition(DIR.resolve("no-reason.asl.json")));
        Path file = tmp.resolve("baseline.json");
        Baseline.of(first).write(file);

        // WHEN the same machine is audited again, and a machine with more findings
        Baseline baseline = Baseline.read(file);
        AuditReport again = Auditor.standard().withBaseline(baseline).audit(AuditInput.definition(DIR.resolve("no-reason.asl.json")));
        AuditReport other = Auditor.standard().withBaseline(baseline).audit(MACHINE);

        // THEN
        assertThat(Files.readString(file)).startsWith("{\n  \"version\" : 1,\n  \"fingerprints\" : [");
        assertThat(again.activeFindings()).isEmpty();
        assertThat(again.suppressedFindings()).allSatisfy(f -> assertThat(f.suppression().kind()).isEqualTo(Suppression.Kind.BASELINE));
        assertThat(other.findingsOf("SEC-001").get(0).isActive()).isTrue();
    }

    @Test
    void should_keep_fingerprints_stable_when_lines_move(@TempDir Path tmp) throws IOException {
        // GIVEN the same definition, shifted down by blank lines
        Path shifted = tmp.resolve("machine.asl.json");
        Files.writeString(shifted, "\n\n\n" + Files.readString(DIR.resolve("no-reason.asl.json")));
        Path original = tmp.resolve("sub").resolve("machine.asl.json");
        Files.createDirectories(original.getParent());
        Files.copy(DIR.resolve("no-reason.asl.json"), original);

        // WHEN
        Finding a = Auditor.standard().audit(AuditInput.definition(original)).findingsOf("RES-002").get(0);
        Finding b = Auditor.standard().audit(AuditInput.definition(shifted)).findingsOf("RES-002").get(0);

        // THEN
        assertThat(a.location().position().line()).isNotEqualTo(b.location().position().line());
        assertThat(a.fingerprint()).isNotEqualTo(b.fingerprint()); // the file differs: fingerprints include it
        assertThat(a.fingerprint()).isEqualTo(Auditor.standard().audit(AuditInput.definition(original)).findingsOf("RES-002").get(0).fingerprint());
    }

    @Test
    void should_reject_a_configuration_with_an_unknown_severity(@TempDir Path tmp) throws IOException {
        // GIVEN
        Path file = tmp.resolve("stepproof-audit.json");
        Files.writeString(file, "{\"failOnSeverity\": \"SEVERE\"}");

        // WHEN / THEN
        assertThatThrownBy(() -> AuditConfig.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Audit configuration field [failOnSeverity] must be one of CRITICAL, HIGH, MEDIUM, LOW, INFO, NONE, but was [SEVERE]");
    }

    @Test
    void should_pass_any_report_when_the_threshold_is_none() {
        // WHEN
        AuditReport report = Auditor.standard().withFailOnSeverity(null).audit(MACHINE);

        // THEN
        assertThat(report.activeFindings()).isNotEmpty();
        assertThat(report.passed()).isTrue();
        assertThat(report.failOnSeverity()).isEmpty();
    }
}
