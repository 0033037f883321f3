package dev.stepproof.toolkit.internal.interpret;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.jsonata.JsonataValue;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a JSONata state leaves (ASL-SEMANTICS §3.3 steps 4–6): its {@code Assign} and {@code Output}, compiled
 * once, for the state itself, a Choice rule or a catcher. Both read {@code $states} and the variables as of
 * state entry, so a value assigned here is not visible to this Output; Assign is evaluated first, so its
 * failure is the one reported when both would fail.
 */
final class JsonataExit {

    /** What the output is when there is no {@code Output}. */
    enum Default {
        /** Pass, Wait, Choice, Succeed: {@code $states.input}. */
        INPUT,
        /** Task, Parallel, Map: {@code $states.result}. */
        RESULT,
        /** A catcher: {@code $states.errorOutput}. */
        ERROR_OUTPUT
    }

    private final JsonataValue output;
    private final String[] names;
    private final JsonataValue[] values;
    private final Default byDefault;

    private JsonataExit(JsonataValue output, String[] names, JsonataValue[] values, Default byDefault) {
        this.output = output;
        this.names = names;
        this.values = values;
        this.byDefault = byDefault;
    }

    /**
     * @param output    {@code Output} as written, or null
     * @param assign    {@code Assign} as written (an object of variable names), or null
     * @param prefix    what precedes the field names in causes: {@code ""}, {@code "Choices[0]/"}, {@code "Catch[1]/"}
     * @param byDefault the output when {@code output} is null
     */
    static JsonataExit compile(JsonNode output, JsonNode assign, String prefix, Default byDefault) {
        int n = assign == null || !assign.isObject() ? 0 : assign.size();
        String[] names = new String[n];
        JsonataValue[] values = new JsonataValue[n];
        if (n > 0) {
            Iterator<Map.Entry<String, JsonNode>> it = assign.fields();
            for (int i = 0; it.hasNext(); i++) {
                Map.Entry<String, JsonNode> e = it.next();
                names[i] = e.getKey();
                values[i] = JsonataValue.compile(e.getValue(), prefix + "Assign/" + e.getKey());
            }
        }
        return new JsonataExit(JsonataValue.compile(output, prefix + "Output"), names, values, byDefault);
    }

    /** Evaluates Assign and Output for the visit, then exits to {@code next} (null: the workflow ends). */
    void leave(Visit v, JsonNode result, JsonNode errorOutput, Step next) {
        v.states(result, errorOutput);
        Map<String, JsonNode> assigned = null;
        if (names.length > 0) {
            assigned = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                assigned.put(names[i], values[i].evaluate(v));
            }
        }
        JsonNode out = output != null ? output.evaluate(v) : byDefault(v, result, errorOutput);
        v.fiber.exit(v, out, assigned, next);
    }

    private JsonNode byDefault(Visit v, JsonNode result, JsonNode errorOutput) {
        switch (byDefault) {
            case RESULT:
                return result;
            case ERROR_OUTPUT:
                return errorOutput;
            default:
                return v.rawInput;
        }
    }
}
