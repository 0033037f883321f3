package dev.stepproof.toolkit.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The conformance corpus recorded against AWS: where it is, its cases, the known-gaps list and the summary
 * file. The corpus is data we may not copy into the repository, so it is read from
 * {@code ../shared/conformance} or the directory named by the system property {@value #PROPERTY}.
 */
final class Corpus {
    static final String PROPERTY = "stepproof.conformance.dir";
    static final ObjectMapper JSON = new ObjectMapper();

    private Corpus() {
    }

    static Path dir() {
        String configured = System.getProperty(PROPERTY);
        return Path.of(configured == null || configured.isBlank() ? "../../shared/conformance" : configured)
                .toAbsolutePath().normalize();
    }

    static String missingMessage(Path dir) {
        return "Conformance corpus not found at " + dir + " (set -D" + PROPERTY + "=<dir> to point at one); skipping.";
    }

    /** Every {@code *.json} case in {@code dir/sub}, sorted by file name for a stable order. */
    static List<JsonNode> cases(Path dir, String sub) {
        try (Stream<Path> files = Files.list(dir.resolve(sub))) {
            List<JsonNode> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                out.add(JSON.readTree(f.toFile()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Known gaps: one per line, {@code <case name><TAB or two spaces>reason}; {@code #} comments. */
    static Map<String, String> knownGaps(String resource) {
        Map<String, String> gaps = new LinkedHashMap<>();
        try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                return gaps;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] parts = t.split("\t| {2,}", 2);
                gaps.put(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "");
            }
            return gaps;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A case's outcome. */
    record Result(String name, boolean passed, String reason, List<String> features) {
        /** @return this result, passed exactly when no failure reason was given */
        Result passedIfNoReason() {
            return new Result(name, reason == null, reason == null ? "" : reason, features);
        }
    }

    /** Writes the summary JSON and prints the closing line; returns the summary for the caller's asserts. */
    static ObjectNode writeSummary(Path file, String title, List<Result> results, boolean byFeature) {
        ObjectNode summary = JSON.createObjectNode();
        long passed = results.stream().filter(Result::passed).count();
        summary.put("total", results.size());
        summary.put("passed", passed);
        summary.put("failed", results.size() - passed);
        ArrayNode names = summary.putArray("passedNames");
        ArrayNode failures = summary.putArray("failures");
        Map<String, int[]> features = new TreeMap<>();
        for (Result r : results) {
            if (r.passed()) {
                names.add(r.name());
            } else {
                failures.addObject().put("name", r.name()).put("reason", r.reason());
            }
            for (String f : r.features()) {
                int[] c = features.computeIfAbsent(f, k -> new int[2]);
                c[r.passed() ? 0 : 1]++;
            }
        }
        if (byFeature) {
            ObjectNode fs = summary.putObject("byFeature");
            features.forEach((f, c) -> fs.putObject(f).put("passed", c[0]).put("failed", c[1]));
        }
        try {
            Files.createDirectories(file.getParent());
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(title + " conformance: " + passed + " passed, " + (results.size() - passed) + " failed");
        return summary;
    }
}
