package dev.stepproof.toolkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepproof.toolkit.internal.text.JsonText;

/** Renders an event's details under AWS's key and field names (ASL-SEMANTICS §10.2). */
final class EventDetails {
    private EventDetails() {
    }

    static ObjectNode render(HistoryEvent e) {
        ObjectNode wrapper = JsonNodeFactory.instance.objectNode();
        String type = e.type();
        String key = key(type);
        if (key == null) {
            return wrapper;
        }
        ObjectNode d = wrapper.putObject(key);
        if (type.endsWith("StateEntered")) {
            d.put("name", e.stateName());
            payload(d, "input", e.payload());
        } else if (type.endsWith("StateExited")) {
            d.put("name", e.stateName());
            payload(d, "output", e.payload());
        } else if (type.startsWith("MapIteration")) {
            d.put("name", e.stateName());
        } else if (e.payload() != null) {
            payload(d, payloadField(type), e.payload());
        }
        if (e.error() != null) {
            d.put("error", e.error());
        }
        if (e.cause() != null) {
            d.put("cause", e.cause());
        }
        d.setAll(e.extra());
        if (type.endsWith("StateExited") && d.has("assignedVariables")) {
            d.putObject("assignedVariablesDetails").put("truncated", false);
        }
        return wrapper;
    }

    private static String payloadField(String type) {
        return switch (type) {
            case "ExecutionStarted", "LambdaFunctionScheduled", "ActivityScheduled" -> "input";
            case "TaskScheduled" -> "parameters";
            default -> "output";
        };
    }

    private static void payload(ObjectNode d, String field, JsonNode payload) {
        if (payload == null) {
            return;
        }
        d.put(field, JsonText.compact(payload));
        if (!"parameters".equals(field)) {
            d.putObject(field + "Details").put("truncated", false);
        }
    }

    /** @return the details key, e.g. {@code stateEnteredEventDetails}; null for events without details */
    private static String key(String type) {
        if (type.endsWith("StateEntered")) {
            return "stateEnteredEventDetails";
        }
        if (type.endsWith("StateExited")) {
            return "stateExitedEventDetails";
        }
        return switch (type) {
            case "ParallelStateStarted", "ParallelStateSucceeded", "ParallelStateFailed", "MapStateSucceeded",
                    "MapStateFailed", "TaskStateAborted", "WaitStateAborted", "ParallelStateAborted",
                    "MapStateAborted", "LambdaFunctionStarted", "MapRunSucceeded", "MapRunAborted" -> null;
            default -> Character.toLowerCase(type.charAt(0)) + type.substring(1) + "EventDetails";
        };
    }
}
