package dev.stepproof.toolkit.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Where a state can go next, read from the raw tree. */
final class Transitions {
    private Transitions() {
    }

    static boolean isTerminal(JsonNode state) {
        String type = Json.text(state, "Type");
        return "Succeed".equals(type) || "Fail".equals(type) || Json.isTrue(state, "End");
    }

    static List<String> targets(JsonNode state) {
        List<String> out = new ArrayList<>();
        add(out, Json.text(state, "Next"));
        add(out, Json.text(state, "Default"));
        for (JsonNode rule : iterable(state.get("Choices"))) {
            add(out, Json.text(rule, "Next"));
        }
        for (JsonNode catcher : iterable(state.get("Catch"))) {
            add(out, Json.text(catcher, "Next"));
        }
        return out;
    }

    static Iterable<JsonNode> iterable(JsonNode array) {
        return array != null && array.isArray() ? array : List.of();
    }

    private static void add(List<String> out, String name) {
        if (name != null) {
            out.add(name);
        }
    }
}
