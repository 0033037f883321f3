package dev.stepproof.maven;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.Severity;
import dev.stepproof.toolkit.SourcePosition;

/**
 * The plugin's own diagnostics, one factory per kind with a stable {@code SP-P…} code (the core's codes are
 * {@code SP-R/S/V/M/C…}; see {@code docs/maven-plugin.md}). Each names the file (or setting), the JSON location,
 * what was expected and what was found, and how to fix it.
 */
final class PluginDiagnostics {
    private PluginDiagnostics() {
    }

    /** SP-P001: the coverage file the check needs does not exist. */
    static Diagnostic coverageFileMissing(String file) {
        return error("SP-P001", file, "", SourcePosition.UNKNOWN, "No coverage data: the file does not exist.",
                "Run the tests with the StepProof JUnit extension first (it writes this file), point "
                        + "stepproof.coverage.file at it, or set stepproof.coverage.skipIfMissing=true.");
    }

    /** SP-P002: the coverage file is not JSON. */
    static Diagnostic coverageFileNotJson(String file, JsonProcessingException e) {
        return error("SP-P002", file, "", position(e.getLocation()), "Coverage file is not valid JSON: " + e.getOriginalMessage(),
                "Delete it and run the tests again; it is rewritten on every run.");
    }

    /** SP-P003: the coverage file is JSON but not in the version 1 format. */
    static Diagnostic coverageFileUnexpected(String file, String pointer, SourcePosition at, String expected, String actual) {
        return error("SP-P003", file, pointer, at, "Coverage file has " + actual + " where " + expected + " is expected.",
                "Use a coverage file written by the same StepProof version as this plugin, or delete it and run the tests again.");
    }

    /** SP-P004: the mocks file is not JSON or YAML. */
    static Diagnostic mocksFileNotParsable(String file, JsonProcessingException e) {
        return error("SP-P004", file, "", position(e.getLocation()), "Mocks file is not valid JSON or YAML: " + e.getOriginalMessage(),
                "Write the mocks as a scenario file's mocks block: {\"StateName\": [{\"payload\": {...}}, {\"throttle\": true}]}.");
    }

    /** SP-P005: a mock or response in the mocks file is not one StepProof understands. */
    static Diagnostic mocksFileInvalid(String file, String pointer, SourcePosition at, String message, String hint) {
        return error("SP-P005", file, pointer, at, message, hint);
    }

    /** SP-P006: the execution input is not JSON. */
    static Diagnostic inputNotJson(String source, JsonProcessingException e) {
        return error("SP-P006", source, "", position(e.getLocation()), "Execution input is not valid JSON: " + e.getOriginalMessage(),
                "Quote the whole value for the shell, e.g. -Dstepproof.input='{\"orderId\": \"42\"}', or use -Dstepproof.inputFile=input.json.");
    }

    /** SP-P007: a coverage rule in the plugin configuration cannot be applied. */
    static Diagnostic ruleMisconfigured(String pointer, String message, String hint) {
        return error("SP-P007", "<configuration>", pointer, SourcePosition.UNKNOWN, message, hint);
    }

    /** SP-P008: an {@code audit} setting has a value the goal cannot use (severity, format, definition). */
    static Diagnostic auditMisconfigured(String setting, String message, String hint) {
        return error("SP-P008", "<configuration>", "/" + setting, SourcePosition.UNKNOWN, message, hint);
    }

    /** SP-P009: the audit configuration file or baseline cannot be read. */
    static Diagnostic auditFileUnreadable(String file, String what, String problem, String hint) {
        return error("SP-P009", file, "", SourcePosition.UNKNOWN, "The audit " + what + " cannot be read: " + problem, hint);
    }

    private static Diagnostic error(String code, String source, String pointer, SourcePosition at, String message, String hint) {
        return new Diagnostic(code, Severity.ERROR, source, pointer, at, message, hint);
    }

    private static SourcePosition position(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? SourcePosition.UNKNOWN
                : new SourcePosition(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }
}
