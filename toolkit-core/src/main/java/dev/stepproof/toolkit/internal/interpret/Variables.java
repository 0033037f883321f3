package dev.stepproof.toolkit.internal.interpret;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.dataflow.StatesError;

import java.util.HashMap;
import java.util.Map;

/**
 * A variable scope (ASL-SEMANTICS §4.3): the top-level States, or one Parallel branch / inline Map iteration,
 * which reads its parents' variables but writes only its own. A distributed Map's child executions get a scope
 * without parent: they cannot read the parent execution's variables.
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

    /**
     * Applies one state's Assign: all names or none.
     *
     * @throws StatesError {@code States.Runtime} when a name belongs to an outer scope. AWS's reaction is not
     *                     recorded (it may reject such definitions outright); the cause is LocalStack's.
     */
    void assign(Map<String, JsonNode> assigned) {
        if (parent != null) {
            for (Map.Entry<String, JsonNode> e : assigned.entrySet()) {
                if (parent.get(e.getKey()) != null) {
                    throw StatesError.runtime("Cannot bind value '" + e.getValue() + "' to variable '" + e.getKey()
                            + "' as it belongs to an outer scope.");
                }
            }
        }
        if (values == null) {
            values = new HashMap<>();
        }
        values.putAll(assigned);
    }
}
