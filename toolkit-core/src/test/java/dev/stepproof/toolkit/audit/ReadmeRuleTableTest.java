package dev.stepproof.toolkit.audit;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's audit rule list is generated from the rule classes (id, default severity, title), so it cannot
 * drift: when a rule changes, this test fails and writes the new table to {@code target/audit-rule-table.md}
 * for pasting between the README's markers.
 */
class ReadmeRuleTableTest {

    static final String BEGIN = "<!-- audit-rules:begin (generated from the rule classes; ReadmeRuleTableTest) -->";
    static final String END = "<!-- audit-rules:end -->";

    /** @return the Markdown table of every built-in rule, in the auditor's order */
    static String table() {
        StringBuilder b = new StringBuilder("| id | severity | what it finds |\n| --- | --- | --- |\n");
        for (AuditRule rule : Auditor.standard().rules()) {
            b.append("| ").append(rule.id()).append(" | ").append(rule.defaultSeverity()).append(" | ")
                    .append(rule.title().replace("|", "\\|")).append(" |\n");
        }
        return b.toString();
    }

    @Test
    void should_list_every_rule_in_the_readme_exactly_as_the_rule_classes_describe_it() throws IOException {
        // GIVEN
        Path readme = Path.of("..", "README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        String expected = table();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "audit-rule-table.md"), expected, StandardCharsets.UTF_8);

        // WHEN
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);

        // THEN
        assertThat(begin).as("README.md has the marker " + BEGIN).isNotNegative();
        assertThat(end).as("README.md has the marker " + END).isGreaterThan(begin);
        assertThat(text.substring(begin + BEGIN.length(), end).strip())
                .as("README rule table; the current one is in toolkit-core/target/audit-rule-table.md")
                .isEqualTo(expected.strip());
    }
}
