package dev.stepproof.junit.allure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads what Allure wrote: the {@code *-result.json} files of a results directory. */
final class AllureResults {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AllureResults() {
    }

    static List<JsonNode> read(Path dir) throws IOException {
        List<JsonNode> results = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("-result.json")).sorted().toList()) {
                results.add(JSON.readTree(file.toFile()));
            }
        }
        return results;
    }

    /** Depth-first outline of the steps: indentation, name, status. */
    static List<String> outline(JsonNode withSteps) {
        List<String> lines = new ArrayList<>();
        outline(withSteps.path("steps"), "", lines);
        return lines;
    }

    private static void outline(JsonNode steps, String indent, List<String> into) {
        for (JsonNode step : steps) {
            into.add(indent + step.path("name").asText() + " [" + step.path("status").asText() + "]");
            outline(step.path("steps"), indent + "  ", into);
        }
    }

    /** @return the names of a step's attachments, checking each attachment file exists */
    static List<String> attachments(Path dir, JsonNode step) {
        List<String> names = new ArrayList<>();
        for (JsonNode attachment : step.path("attachments")) {
            Path file = dir.resolve(attachment.path("source").asText());
            if (!Files.isRegularFile(file)) {
                throw new UncheckedIOException(new IOException("Attachment " + attachment + " has no file " + file));
            }
            names.add(attachment.path("name").asText() + " (" + attachment.path("type").asText() + ")");
        }
        return names;
    }
}
