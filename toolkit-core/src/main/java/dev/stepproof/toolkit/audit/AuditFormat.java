package dev.stepproof.toolkit.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepproof.toolkit.internal.audit.report.ConsoleReport;
import dev.stepproof.toolkit.internal.audit.report.JsonReport;
import dev.stepproof.toolkit.internal.audit.report.JunitReport;
import dev.stepproof.toolkit.internal.audit.report.SarifReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The report formats. File names in reports are made relative to a base directory (the repository root, so that
 * GitHub can place SARIF results); {@link #render(AuditReport)} uses the working directory.
 *
 * <pre>{@code
 * AuditFormat.SARIF.write(report, Path.of("target/stepproof/audit.sarif"), Path.of(""));
 * System.out.print(AuditFormat.CONSOLE.render(report));
 * }</pre>
 *
 * @since 0.1.0
 */
public enum AuditFormat {
    /** Text for terminals and build logs: findings by file and machine, fixes, a summary line. */
    CONSOLE("txt"),
    /** Versioned JSON ({@code {"version": 1, "findings": [...]}}), with each machine's least-privilege policy. */
    JSON("json"),
    /** SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. */
    SARIF("sarif"),
    /** JUnit XML: a test suite per state machine, a test case per rule. */
    JUNIT("xml");

    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final String extension;

    AuditFormat(String extension) {
        this.extension = extension;
    }

    /** @return the usual file name extension, without the dot */
    public String extension() {
        return extension;
    }

    /** @return the report in this format, file names relative to the working directory */
    public String render(AuditReport report) {
        return render(report, Path.of("").toAbsolutePath());
    }

    /**
     * @param report  never null
     * @param baseDir file names are made relative to it when they are inside it; null keeps them as given
     * @return the report in this format
     */
    public String render(AuditReport report, Path baseDir) {
        return switch (this) {
            case CONSOLE -> ConsoleReport.render(report, baseDir);
            case JSON -> json(JsonReport.render(report, baseDir));
            case SARIF -> json(SarifReport.render(report, baseDir));
            case JUNIT -> JunitReport.render(report, baseDir);
        };
    }

    /**
     * Writes the report, creating parent directories.
     *
     * @param report  never null
     * @param file    where to write, never null
     * @param baseDir see {@link #render(AuditReport, Path)}
     * @throws UncheckedIOException when the file cannot be written
     */
    public void write(AuditReport report, Path file, Path baseDir) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, render(report, baseDir), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the audit report to [" + file + "]", e);
        }
    }

    private static String json(ObjectNode node) {
        try {
            return PRETTY.writeValueAsString(node) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serialises", e);
        }
    }
}
