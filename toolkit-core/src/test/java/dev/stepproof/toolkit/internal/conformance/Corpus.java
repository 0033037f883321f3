package dev.stepproof.toolkit.internal.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Reads the shared conformance corpus; tests using it are skipped, with a message, when it is absent. */
final class Corpus {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Corpus() {
    }

    static List<JsonNode> cases(String kind) {
        String dir = System.getProperty("stepproof.conformance.dir", "");
        Path root = Path.of(dir.isEmpty() ? "does-not-exist" : dir, kind);
        assumeTrue(Files.isDirectory(root), "conformance corpus not found at " + root + " (set stepproof.conformance.dir)");
        try (Stream<Path> files = Files.list(root)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().map(Corpus::read).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode byName(List<JsonNode> cases, String name) {
        return cases.stream().filter(c -> c.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no conformance case named " + name));
    }

    private static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
