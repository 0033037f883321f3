package dev.stepproof.toolkit.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * Accepted findings, by fingerprint (never by line number, so edits elsewhere in a file do not revive them).
 * Adopt the gate on an existing project by writing a baseline once; later runs fail only on new findings.
 * File format: {@code {"version": 1, "fingerprints": ["…", …]}}.
 *
 * @param fingerprints the accepted fingerprints
 * @since 0.1.0
 */
public record Baseline(Set<String> fingerprints) {

    public Baseline {
        fingerprints = Set.copyOf(fingerprints);
    }

    /** @return an empty baseline */
    public static Baseline empty() {
        return new Baseline(Set.of());
    }

    /** @return a baseline accepting every active finding of {@code report} */
    public static Baseline of(AuditReport report) {
        Set<String> set = new TreeSet<>();
        report.activeFindings().forEach(f -> set.add(f.fingerprint()));
        return new Baseline(set);
    }

    /** @return whether the finding is accepted */
    public boolean contains(Finding finding) {
        return fingerprints.contains(finding.fingerprint());
    }

    /**
     * @param file the baseline file, never null
     * @return the baseline it holds
     * @throws IOException when the file cannot be read or is not JSON
     */
    public static Baseline read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        Set<String> set = new TreeSet<>();
        root.path("fingerprints").forEach(n -> set.add(n.asText()));
        return new Baseline(set);
    }

    /**
     * Writes the baseline, fingerprints sorted so that it diffs well.
     *
     * @param file where to write, never null
     * @throws IOException when it cannot be written
     */
    public void write(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("version", 1);
        ArrayNode list = root.putArray("fingerprints");
        new TreeSet<>(fingerprints).forEach(list::add);
        Files.writeString(file, mapper.writeValueAsString(root) + "\n");
    }
}
