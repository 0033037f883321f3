package dev.stepproof.toolkit.internal.interpret;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;

/**
 * A variable scope: the top-level States, or one Parallel branch / Map iteration, which reads its parents'
 * variables but writes only its own.
 */
final class Variables {
    private final Variables parent;
    private Map<String, JsonNode> values;

    Variables(Variables parent) {
        this.parent = parent;
    }

    JsonNode get(String name) {
        for (Variables v = this; v != null; v = v.parent) {
            if (v.values != null) {
                JsonNode value = v.values.get(name);
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    void assign(Map<String, JsonNode> assigned) {
        if (values == null) {
            values = new HashMap<>();
        }
        values.putAll(assigned);
    }
}
