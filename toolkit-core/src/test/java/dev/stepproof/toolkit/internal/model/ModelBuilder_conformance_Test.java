package dev.stepproof.toolkit.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;
import dev.stepproof.toolkit.model.State;
import dev.stepproof.toolkit.model.StateMachine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.BDDAssertions.then;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Builds the model for every definition of the shared conformance corpus (interpreter and validator cases). */
class ModelBuilder_conformance_Test {

    private static final String DIR_PROPERTY = "stepproof.conformance.dir";

    @TestFactory
    Stream<DynamicTest> should_build_every_conformance_definition_without_throwing() throws IOException {
        // GIVEN
        Path dir = Path.of(System.getProperty(DIR_PROPERTY, "../shared/conformance"));
        if (!Files.isDirectory(dir)) {
            // Assuming inside a dynamic test (not the factory) makes surefire report the skip and its reason.
            return Stream.of(DynamicTest.dynamicTest("conformance corpus", () -> assumeTrue(false,
                    "conformance corpus not found at " + dir.toAbsolutePath() + "; skipping")));
        }
        List<Path> cases = casesIn(dir.resolve("interpreter"), dir.resolve("validator"));
        then(cases).isNotEmpty();

        // WHEN / THEN
        return cases.stream().map(file -> DynamicTest.dynamicTest(dir.relativize(file).toString(),
                () -> buildAndCheck(file)));
    }

    private static List<Path> casesIn(Path... dirs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : dirs) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> listing = Files.list(dir)) {
                    files.addAll(listing.filter(p -> p.toString().endsWith(".json")).sorted()
                            .collect(Collectors.toList()));
                }
            }
        }
        return files;
    }

    private static void buildAndCheck(Path file) throws IOException {
        JsonNode definition = new ObjectMapper().readTree(file.toFile()).get("definition");
        if (definition == null) {
            return;
        }
        LocatedDocument document = new LocatedDocument(file.toString(), definition, Map.of());
        StateMachine[] machine = new StateMachine[1];

        assertThatCode(() -> machine[0] = ModelBuilder.build(document)).doesNotThrowAnyException();

        // Every pointer must lead back to the state it was read from, so messages point at the right place.
        for (State state : machine[0].allStates()) {
            JsonNode source = definition.at(state.pointer());
            then(source.path("Type").asText()).as(state.pointer()).isEqualTo(state.type().aslName());
        }
    }
}
