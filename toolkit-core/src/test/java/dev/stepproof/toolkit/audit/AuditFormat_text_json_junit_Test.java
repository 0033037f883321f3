package dev.stepproof.toolkit.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AuditFormat_text_json_junit_Test {

    private static final Path ROOT = RuleFixturesTest.root();

    /** PERM-001 (HIGH, fails), RES-016 (LOW, passes) and a suppressed RES-002 on one machine. */
    private static AuditReport report() {
        AuditConfig config = AuditConfig.defaults().withSuppression(new AuditConfig.Suppress("RES-002", null, "Save", null,
                null, "idempotent write", null));
        return Auditor.standard().withConfig(config).audit(Fixtures.input(ROOT.resolve("rules/PERM-001/fires")),
                AuditInput.definition(ROOT.resolve("suppress/no-reason.asl.json")));
    }

    @Test
    void should_write_versioned_json_with_findings_machines_and_summary() throws Exception {
        // WHEN
        JsonNode json = new ObjectMapper().readTree(AuditFormat.JSON.render(report(), ROOT));

        // THEN
        assertThat(json.path("version").asInt()).isEqualTo(1);
        assertThat(json.at("/tool/name").asText()).isEqualTo("StepProof");
        assertThat(json.path("failOnSeverity").asText()).isEqualTo("HIGH");
        assertThat(json.path("passed").asBoolean()).isFalse();
        JsonNode perm = null;
        for (JsonNode f : json.path("findings")) {
            if (f.path("ruleId").asText().equals("PERM-001")) {
                perm = f;
            }
        }
        assertThat(perm).isNotNull();
        assertThat(perm.path("file").asText()).isEqualTo("rules/PERM-001/fires/machine.asl.json");
        assertThat(perm.path("line").asInt()).isEqualTo(27);
        assertThat(perm.path("jsonPointer").asText()).isEqualTo("/States/Save/Resource");
        assertThat(perm.path("logicalPath").asText()).isEqualTo("States.Save.Resource");
        assertThat(perm.path("state").asText()).isEqualTo("Save");
        assertThat(perm.path("policySnippet").asText()).contains("\"dynamodb:PutItem\"");
        assertThat(perm.path("suppressed").asBoolean()).isFalse();
        assertThat(json.at("/summary/HIGH").asInt()).isEqualTo(1);
        assertThat(json.at("/summary/suppressed").asInt()).isEqualTo(1);
        assertThat(json.at("/machines/0/leastPrivilegePolicy/Statement/0/Action/0").asText()).isEqualTo("lambda:InvokeFunction");
    }

    @Test
    void should_write_junit_xml_with_a_suite_per_machine_and_a_case_per_rule() throws Exception {
        // GIVEN
        AuditReport report = report();

        // WHEN
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(AuditFormat.JUNIT.render(report, ROOT).getBytes(StandardCharsets.UTF_8)));

        // THEN
        NodeList suites = xml.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(2);
        Element first = (Element) suites.item(0);
        assertThat(first.getAttribute("name")).isEqualTo("machine.asl.json");
        assertThat(first.getAttribute("tests")).isEqualTo(String.valueOf(report.rules().size()));
        assertThat(first.getAttribute("failures")).isEqualTo("1");
        Element failure = (Element) first.getElementsByTagName("failure").item(0);
        assertThat(((Element) failure.getParentNode()).getAttribute("name"))
                .isEqualTo("PERM-001 Task lacks the permission its integration needs");
        Element second = (Element) suites.item(1);
        assertThat(second.getAttribute("skipped")).isEqualTo("1");
        assertThat(((Element) second.getElementsByTagName("skipped").item(0)).getAttribute("message"))
                .isEqualTo("suppressed: idempotent write");
    }

    @Test
    void should_print_findings_by_machine_with_fixes_and_a_summary() {
        // WHEN
        String text = AuditFormat.CONSOLE.render(report(), ROOT);

        // THEN
        assertThat(text).contains("State machine 'machine.asl.json'\n"
                + "  rules/PERM-001/fires/machine.asl.json:27:7: HIGH PERM-001 State 'Save' (dynamodb:putItem) needs dynamodb:PutItem on "
                + "arn:aws:dynamodb:us-east-1:123456789012:table/orders, but the execution role does not allow it; the task would fail "
                + "with States.Permissions.\n      fix: Add to the execution role's policy:\n");
        assertThat(text).contains("[suppressed: audit configuration — idempotent write]");
        assertThat(text).endsWith("FAILED: 1 finding(s) at or above HIGH (failOnSeverity HIGH).\n");
    }

    @Test
    void should_write_each_format_to_a_file(@TempDir Path tmp) throws Exception {
        // GIVEN
        AuditReport report = report();

        // WHEN
        for (AuditFormat format : AuditFormat.values()) {
            format.write(report, tmp.resolve("out").resolve("audit." + format.extension()), ROOT);
        }

        // THEN
        try (var files = Files.list(tmp.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("audit.txt", "audit.json", "audit.sarif", "audit.xml");
        }
    }

    @Test
    void should_map_each_audit_severity_to_the_shared_severity_and_sarif_levels() {
        // WHEN / THEN
        assertThat(AuditSeverity.CRITICAL.toSeverity()).isEqualTo(dev.stepproof.toolkit.Severity.ERROR);
        assertThat(AuditSeverity.MEDIUM.toSeverity()).isEqualTo(dev.stepproof.toolkit.Severity.WARNING);
        assertThat(AuditSeverity.INFO.toSeverity()).isEqualTo(dev.stepproof.toolkit.Severity.INFO);
        assertThat(AuditSeverity.LOW.sarifLevel()).isEqualTo("note");
        assertThat(AuditSeverity.HIGH.securitySeverity()).contains("8.0");
        assertThat(AuditSeverity.INFO.securitySeverity()).isEmpty();
        assertThat(AuditSeverity.parse("medium")).contains(AuditSeverity.MEDIUM);
        assertThat(AuditSeverity.HIGH.isAtLeast(AuditSeverity.MEDIUM)).isTrue();
    }

    @Test
    void should_turn_a_finding_into_a_shared_diagnostic() {
        // GIVEN
        Finding finding = report().findingsOf("PERM-001").get(0);

        // WHEN
        var diagnostic = finding.toDiagnostic();

        // THEN
        assertThat(diagnostic.code()).isEqualTo("PERM-001");
        assertThat(diagnostic.severity()).isEqualTo(dev.stepproof.toolkit.Severity.ERROR);
        assertThat(diagnostic.pointer()).isEqualTo("/States/Save/Resource");
        assertThat(diagnostic.hint()).startsWith("Add to the execution role's policy: [ {");
    }
}
