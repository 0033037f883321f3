package dev.stepproof.junit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.HistoryEvent;

/**
 * One call of a Task state as the history shows it: the parameters it was scheduled with and the event that
 * ended it. Not API.
 *
 * @param state      the Task state's name
 * @param number     1 for the state's first call, 2 for the next (a retry or a later visit), …
 * @param parameters the effective parameters (for a plain Lambda ARN, the function's input); may be null when
 *                   the history recorded none
 * @param result     the event that ended the call ({@code TaskSucceeded}, {@code TaskFailed}, …), or null when
 *                   the call never ended (the execution stopped first)
 * @since 0.1.0
 */
public record TaskCall(String state, int number, JsonNode parameters, HistoryEvent result) {

    /** @return e.g. {@code succeeded with {"ok":true}} or {@code failed with error 'Boom' and cause 'x'} */
    public String describeResult(int maxJson) {
        if (result == null) {
            return "no result recorded";
        }
        String type = result.type();
        if (type.endsWith("Succeeded")) {
            return "succeeded with " + Json.truncated(result.payload(), maxJson);
        }
        String verb = type.endsWith("TimedOut") ? "timed out" : "failed";
        return verb + " " + Outcomes.errorAndCause(result.error(), result.cause());
    }
}
