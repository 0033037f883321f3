package dev.stepproof.toolkit.internal.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.Callback;
import dev.stepproof.toolkit.Callbacks;
import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.Severity;
import dev.stepproof.toolkit.TaskCallback;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Turns a case's {@code callbacks} block into {@link Callbacks}: one declaration per entry, keyed by state and
 * optional attempt. The schema has checked the shape; the time is checked here, where a located diagnostic can
 * say what an ISO-8601 duration looks like.
 */
final class ScenarioCallbacks {
    private ScenarioCallbacks() {
    }

    static Callbacks read(LocatedDocument doc, JsonNode list, String pointer, List<Diagnostic> diagnostics) {
        Callbacks callbacks = Callbacks.none();
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            Duration at = time(doc, entry.path("at"), pointer + "/" + i + "/at", diagnostics);
            if (at == null) {
                continue;
            }
            TaskCallback callback = switch (entry.path("action").asText()) {
                case "success" -> TaskCallback.success(entry.get("output"));
                case "failure" -> TaskCallback.failure(text(entry, "error"), text(entry, "cause"));
                default -> TaskCallback.heartbeat();
            };
            callback = callback.after(at);
            if (entry.hasNonNull("token")) {
                callback = callback.withToken(entry.get("token").asText());
            }
            Callback declaration = Callback.forState(entry.path("state").asText()).send(callback);
            if (entry.hasNonNull("attempt")) {
                declaration = declaration.onAttempt(entry.get("attempt").asInt());
            }
            callbacks = callbacks.with(declaration);
        }
        return merged(callbacks);
    }

    /**
     * One declaration per state and attempt: {@link Callbacks} lets the first matching declaration answer, so the
     * entries of one state must be gathered into it, in file order.
     */
    private static Callbacks merged(Callbacks entries) {
        java.util.Map<String, Callback> byKey = new java.util.LinkedHashMap<>();
        for (Callback c : entries.declarations()) {
            String key = c.stateName() + "#" + c.attempt();
            Callback existing = byKey.get(key);
            byKey.put(key, existing == null ? c : existing.send(c.callbacks().toArray(TaskCallback[]::new)));
        }
        return Callbacks.of(byKey.values().toArray(Callback[]::new));
    }

    private static Duration time(LocatedDocument doc, JsonNode at, String pointer, List<Diagnostic> diagnostics) {
        if (at.isMissingNode()) {
            return Duration.ZERO;
        }
        try {
            Duration d = Duration.parse(at.asText());
            if (!d.isNegative()) {
                return d;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        diagnostics.add(doc.diagnostic(ScenarioReader.CALLBACK_TIME, Severity.ERROR, pointer, "The callback time '"
                        + at.asText() + "' is not a non-negative ISO-8601 duration after the task started.",
                "Write a duration such as PT30S, PT5M, PT2H or P1D (days, hours, minutes, seconds; no years or months)."));
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() ? v.textValue() : null;
    }
}
