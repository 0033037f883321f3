package dev.stepproof.toolkit.audit;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule has a fixture that triggers it ({@code rules/<ID>/fires}) and one that does not
 * ({@code rules/<ID>/quiet}). A fixture directory holds {@code machine.asl.json|yaml} with optional
 * {@code policy*.json} and {@code trust.json}, or a {@code template.yaml|json}; {@code expect.txt} lists
 * {@code key=value} facts at least one finding of the rule must have (state, line, severity, text).
 */
class RuleFixturesTest {

    static final Path RULES = root().resolve("rules");

    @Test
    void every_rule_has_a_firing_and_a_quiet_fixture() {
        // GIVEN
        List<String> ids = Auditor.standard().rules().stream().map(AuditRule::id).toList();

        // WHEN
        List<String> missing = ids.stream()
                .filter(id -> !Files.isDirectory(RULES.resolve(id).resolve("fires")) || !Files.isDirectory(RULES.resolve(id).resolve("quiet")))
                .toList();

        // THEN
        assertThat(missing).as("rules without fires/ and quiet/ fixtures").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> each_rule_fires_on_its_fixture_and_stays_quiet_on_the_other() {
        List<DynamicTest> tests = new ArrayList<>();
        for (AuditRule rule : Auditor.standard().rules()) {
            Path dir = RULES.resolve(rule.id());
            if (Files.isDirectory(dir.resolve("fires"))) {
                tests.add(DynamicTest.dynamicTest(rule.id() + " fires", () -> fires(rule.id(), dir.resolve("fires"))));
            }
            if (Files.isDirectory(dir.resolve("quiet"))) {
                tests.add(DynamicTest.dynamicTest(rule.id() + " stays quiet", () -> quiet(rule.id(), dir.resolve("quiet"))));
            }
        }
        return tests.stream();
    }

    private static void fires(String id, Path dir) throws IOException {
        // GIVEN
        AuditInput input = Fixtures.input(dir);

        // WHEN
        AuditReport report = Auditor.standard().audit(input);

        // THEN
        assertThat(report.problems()).as("problems reading %s", dir).isEmpty();
        List<Finding> found = report.findingsOf(id);
        assertThat(found).as("%s findings for %s; all findings: %s", id, dir, report.findings()).isNotEmpty();
        Path expect = dir.resolve("expect.txt");
        if (Files.exists(expect)) {
            for (String line : Files.readAllLines(expect)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String key = line.substring(0, line.indexOf('='));
                String value = line.substring(line.indexOf('=') + 1);
                assertThat(found).as("a %s finding with %s; found %s", id, line, found)
                        .anyMatch(f -> Fixtures.has(f, key, value));
            }
        }
    }

    private static void quiet(String id, Path dir) {
        // GIVEN
        AuditInput input = Fixtures.input(dir);

        // WHEN
        AuditReport report = Auditor.standard().audit(input);

        // THEN
        assertThat(report.problems()).as("problems reading %s", dir).isEmpty();
        assertThat(report.findingsOf(id)).as("%s findings for %s", id, dir).isEmpty();
    }

    static Path root() {
        try {
            return Path.of(RuleFixturesTest.class.getResource("/dev/stepproof/toolkit/audit").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
