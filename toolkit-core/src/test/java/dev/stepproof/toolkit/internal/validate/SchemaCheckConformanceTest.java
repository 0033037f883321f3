package dev.stepproof.toolkit.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the schema over the shared conformance corpus: it must never reject a definition that AWS (or the
 * reference validators) accept, nor one that ran on AWS.
 */
class SchemaCheckConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SchemaCheck check = new SchemaCheck();

    @Test
    void accepts_every_valid_validator_case_and_reports_how_many_invalid_ones_it_catches() throws IOException {
        // GIVEN
        List<Path> cases = corpus("validator");
        List<String> wronglyRejected = new ArrayList<>();
        List<String> caught = new ArrayList<>();
        int invalid = 0;

        // WHEN
        for (Path file : cases) {
            JsonNode testCase = JSON.readTree(file.toFile());
            JsonNode definition = definitionOf(testCase);
            if (definition == null || definition.isMissingNode()) {
                continue; // no JSON value at all: the reader reports that, not the schema
            }
            List<Diagnostic> errors = check.check(new LocatedDocument(file.getFileName().toString(), definition, Map.of()));
            if (testCase.path("valid").asBoolean()) {
                errors.forEach(e -> wronglyRejected.add(e.format()));
            } else {
                invalid++;
                if (!errors.isEmpty()) {
                    caught.add(file.getFileName() + " -> " + errors.get(0).format());
                }
            }
        }

        // THEN
        System.out.printf("Schema alone catches %d of %d invalid validator cases.%n", caught.size(), invalid);
        assertThat(wronglyRejected).isEmpty();
        assertThat(caught).isNotEmpty();
    }

    @Test
    void accepts_every_definition_that_ran_on_aws() throws IOException {
        // GIVEN
        List<Path> cases = corpus("interpreter");
        List<String> wronglyRejected = new ArrayList<>();

        // WHEN
        for (Path file : cases) {
            JsonNode definition = JSON.readTree(file.toFile()).path("definition");
            check.check(new LocatedDocument(file.getFileName().toString(), definition, Map.of()))
                    .forEach(e -> wronglyRejected.add(e.format()));
        }

        // THEN
        System.out.printf("Schema checked %d interpreter-corpus definitions.%n", cases.size());
        assertThat(cases).isNotEmpty();
        assertThat(wronglyRejected).isEmpty();
    }

    private static JsonNode definitionOf(JsonNode testCase) {
        if (testCase.hasNonNull("definitionText")) {
            try {
                return JSON.readTree(testCase.get("definitionText").asText());
            } catch (IOException notJson) {
                return null;
            }
        }
        return testCase.get("definition");
    }

    private static List<Path> corpus(String split) throws IOException {
        String dir = System.getProperty("stepproof.conformance.dir", "");
        Path folder = Path.of(dir.isEmpty() ? "." : dir, split);
        assumeTrue(!dir.isEmpty() && Files.isDirectory(folder), "conformance corpus not found at " + folder);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }
}
