package dev.stepproof.toolkit.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * Where a JSON Pointer lands in a state machine, in the terms a user thinks in: the innermost state that
 * holds it (through Parallel branches and Map item processors) and the field path inside that state.
 *
 * <p>For {@code /States/Fan/Branches/0/States/Charge/Retry/1/BackoffRate} the state is {@code Charge} and the
 * field path {@code Retry[1].BackoffRate}. Outside any state the state name is null and the field path
 * starts at the top level of the definition.
 *
 * @param stateName the innermost state's name, or null when the pointer is not inside a state
 * @param fieldPath the path from that state (or the top level) to the node, never null, empty for the state itself
 * @since 0.1.0
 */
public record AslLocation(String stateName, String fieldPath) {

    /**
     * Locates {@code pointer} in the definition {@code root}.
     *
     * @param root    the whole definition, never null
     * @param pointer an RFC 6901 JSON Pointer into it, never null
     * @return the location, never null
     */
    public static AslLocation of(JsonNode root, String pointer) {
        List<String> tokens = JsonPointers.tokens(pointer);
        JsonNode node = root;
        JsonNode base = root;
        String state = null;
        int fieldStart = 0;
        boolean inMachine = true;
        int i = 0;
        // Only "States" of a machine-shaped object starts a state, so a Pass Result with a "States" key is no state.
        while (i < tokens.size()) {
            String token = tokens.get(i);
            if (inMachine && token.equals("States") && i + 1 < tokens.size() && node.path("States").isObject()) {
                state = tokens.get(i + 1);
                node = node.path("States").path(state);
                base = node;
                i += 2;
                fieldStart = i;
                inMachine = false;
            } else if (!inMachine && token.equals("Branches") && i + 1 < tokens.size() && node.path(token).isArray()) {
                node = node.path(token).path(JsonPointers.index(tokens.get(i + 1)));
                i += 2;
                inMachine = true;
            } else if (!inMachine && (token.equals("ItemProcessor") || token.equals("Iterator"))) {
                node = node.path(token);
                i += 1;
                inMachine = true;
            } else {
                break;
            }
        }
        return new AslLocation(state, render(base, tokens.subList(fieldStart, tokens.size())));
    }

    /** @return whether the pointer is inside a state */
    public boolean inState() {
        return stateName != null;
    }

    /** @return {@code State 'X'}, or {@code The state machine} outside any state */
    public String subject() {
        return inState() ? "State '" + stateName + "'" : "The state machine";
    }

    private static String render(JsonNode base, List<String> tokens) {
        StringBuilder path = new StringBuilder();
        JsonNode node = base;
        for (String token : tokens) {
            if (node.isArray()) {
                path.append('[').append(token).append(']');
                node = node.path(JsonPointers.index(token));
            } else {
                path.append(path.length() == 0 ? "" : ".").append(token);
                node = node.path(token);
            }
        }
        return path.toString();
    }

}
