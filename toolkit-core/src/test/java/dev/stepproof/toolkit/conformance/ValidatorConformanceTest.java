package dev.stepproof.toolkit.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.WorkflowType;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs every validator case of the corpus: a case passes when "valid" holds exactly when the reader reports
 * no ERROR. Unlisted failures fail the build; listed gaps that now pass are reported for removal.
 */
class ValidatorConformanceTest {

    static final String GAPS = "/conformance/validator-known-gaps.txt";
    static final Path SUMMARY = Path.of("target", "conformance", "validator-summary.json");

    @Test
    void validator_agrees_with_the_recorded_verdicts() {
        // GIVEN
        Path dir = Corpus.dir();
        assumeTrue(Files.isDirectory(dir.resolve("validator")), () -> Corpus.missingMessage(dir));
        Map<String, String> gaps = Corpus.knownGaps(GAPS);

        // WHEN
        List<Corpus.Result> results = new ArrayList<>();
        for (JsonNode c : Corpus.cases(dir, "validator")) {
            results.add(run(c));
        }
        Corpus.writeSummary(SUMMARY, "Validator", results, false);

        // THEN
        List<String> unexpected = results.stream().filter(r -> !r.passed() && !gaps.containsKey(r.name()))
                .map(r -> r.name() + ": " + r.reason()).toList();
        List<String> fixed = results.stream().filter(r -> r.passed() && gaps.containsKey(r.name()))
                .map(Corpus.Result::name).toList();
        if (!fixed.isEmpty()) {
            System.out.println("Known validator gaps that now pass (remove them from " + GAPS + "):\n  "
                    + String.join("\n  ", fixed));
        }
        assertThat(unexpected).as("validator cases that disagree with AWS and are not listed in " + GAPS).isEmpty();
    }

    static Corpus.Result run(JsonNode c) {
        String name = c.path("name").asText();
        boolean expectedValid = c.path("valid").asBoolean();
        String text = c.hasNonNull("definitionText") ? c.get("definitionText").asText() : c.path("definition").toString();
        WorkflowType type = "EXPRESS".equals(c.path("stateMachineType").asText()) ? WorkflowType.EXPRESS : WorkflowType.STANDARD;
        DefinitionReader.ReadResult result = DefinitionReader.standard().withWorkflowType(type).read(text, name);
        List<Diagnostic> errors = result.errors();
        boolean passed = expectedValid == errors.isEmpty();
        String reason = passed ? "" : expectedValid
                ? "expected valid, but got: " + errors.stream().map(Diagnostic::format).collect(Collectors.joining(" | "))
                : "expected invalid (" + c.path("reason").asText() + "), but no ERROR was reported";
        return new Corpus.Result(name, passed, reason, List.of());
    }
}
