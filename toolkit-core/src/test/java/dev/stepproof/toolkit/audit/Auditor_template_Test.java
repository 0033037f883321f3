package dev.stepproof.toolkit.audit;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class Auditor_template_Test {

    private static final Path BASE = RuleFixturesTest.root().resolve("template-base/template.yaml");

    @Test
    void should_find_nothing_in_a_well_configured_template() {
        // GIVEN
        AuditInput input = AuditInput.template(BASE);

        // WHEN
        AuditReport report = Auditor.standard().audit(input);

        // THEN
        assertThat(report.problems()).isEmpty();
        assertThat(report.findings()).isEmpty();
        assertThat(report.machines()).extracting(AuditReport.AuditedMachine::name).containsExactly("Orders");
        assertThat(report.passed()).isTrue();
    }
}
