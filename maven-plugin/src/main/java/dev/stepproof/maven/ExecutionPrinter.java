package dev.stepproof.maven;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.stepproof.toolkit.Execution;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an {@link Execution} into the lines the {@code run} goal prints: status, path, output or error and cause.
 * Kept apart from the Mojo so the wording is tested without Maven.
 */
final class ExecutionPrinter {

    /** Beyond this many states (a long Map or loop), the path is cut short with a count of the rest. */
    static final int MAX_PATH = 50;

    private static final ObjectWriter PRETTY = JsonMapper.builder().build().writerWithDefaultPrettyPrinter();

    private ExecutionPrinter() {
    }

    /** @return the lines, in order: Status, Path, then Output (pretty JSON, one line each) or Error and Cause */
    static List<String> lines(Execution execution) {
        List<String> lines = new ArrayList<>();
        lines.add("Status: " + execution.status());
        lines.add("Path: " + path(execution.history().statesEntered()));
        if (execution.succeeded()) {
            lines.add("Output:");
            lines.addAll(pretty(execution.output()).lines().toList());
        } else {
            lines.add("Error: " + (execution.error() == null ? "(none)" : execution.error()));
            lines.add("Cause: " + (execution.cause() == null ? "(none)" : execution.cause()));
        }
        return lines;
    }

    /** @return e.g. {@code Reserve -> Charge}, or {@code (no states entered)} */
    static String path(List<String> states) {
        if (states.isEmpty()) {
            return "(no states entered)";
        }
        if (states.size() <= MAX_PATH) {
            return String.join(" -> ", states);
        }
        return String.join(" -> ", states.subList(0, MAX_PATH)) + " -> … (" + (states.size() - MAX_PATH) + " more)";
    }

    /** @return e.g. {@code SUCCEEDED after 2 states.} or {@code FAILED after 2 states: Order.Rejected: inventory down} */
    static String outcome(Execution execution) {
        String base = execution.status() + " after " + Text.count(execution.history().statesEntered().size(), "state");
        if (execution.succeeded()) {
            return base + ".";
        }
        // No full stop after the cause: it is free text (often JSON) that may end with its own punctuation.
        return base + ": " + (execution.error() == null ? "(no error)" : execution.error())
                + (execution.cause() == null ? "" : ": " + execution.cause());
    }

    private static String pretty(JsonNode output) {
        try {
            return PRETTY.writeValueAsString(output);
        } catch (JsonProcessingException e) {
            return String.valueOf(output); // a tree from the interpreter always serialises; keep something readable
        }
    }
}
