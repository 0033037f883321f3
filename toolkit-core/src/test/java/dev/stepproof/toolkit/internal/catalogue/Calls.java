package dev.stepproof.toolkit.internal.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepproof.toolkit.spi.TaskInvocation;

import java.time.Instant;

/** Test helpers: JSON literals and task invocations as the interpreter builds them. */
final class Calls {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant T0 = Instant.parse("2026-03-04T05:06:07.089Z");

    private Calls() {
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** An invocation of {@code resourceType:action} in state "Call", attempt 1, at {@link #T0}, in eu-west-1/222222222222. */
    static TaskInvocation call(String resourceType, String action, String parameters) {
        return call(resourceType, action, parameters, 1, T0);
    }

    static TaskInvocation call(String resourceType, String action, String parameters, int attempt, Instant time) {
        String resource = action.startsWith("arn:") ? action : "arn:aws:states:::" + resourceType + ":" + action;
        JsonNode context = json("{\"Execution\": {\"Id\": \"arn:aws:states:eu-west-1:222222222222:execution:M:e1\"}}");
        return new TaskInvocation("Call", resource, resourceType, action, json(parameters), attempt, context, time);
    }
}
