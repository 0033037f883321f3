package dev.stepproof.toolkit.internal.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepproof.toolkit.internal.path.JsonPathExpr;

import java.util.ArrayList;
import java.util.List;

/**
 * The steps of a Reference Path ({@code $.a['b'][0]}) as names and indexes, for copy-on-write updates: writing
 * through the path copies only the objects and arrays on it (shallowly) and shares everything else with the
 * original document, which stays untouched.
 *
 * <p>The path package keeps its steps to itself, so the steps are read from the path text here, and trusted only
 * when they render to exactly the path's own normalized form ({@link JsonPathExpr#toString()}); names containing
 * quotes or brackets, which would make that comparison ambiguous, are not trusted. {@link #of} answers null
 * then, and the caller falls back to a deep copy.
 */
final class Spine {

    private final Object[] steps;

    private Spine(Object[] steps) {
        this.steps = steps;
    }

    /** @return the steps of {@code path}, or null when they cannot be derived with certainty */
    static Spine of(JsonPathExpr path) {
        List<Object> steps = parse(path.text());
        if (steps == null || !render(steps).equals(path.toString())) {
            return null;
        }
        return new Spine(steps.toArray());
    }

    /**
     * @return a new root holding {@code value} at the path, with missing objects on the way created; or null when
     *         the document does not fit (a name applied to a non-object, an index to a non-array or outside it, or
     *         a missing array: arrays are never created)
     */
    JsonNode set(JsonNode document, JsonNode value) {
        return steps.length == 0 ? value : setAt(document, 0, value);
    }

    private JsonNode setAt(JsonNode node, int i, JsonNode value) {
        Object step = steps[i];
        boolean last = i == steps.length - 1;
        if (step instanceof String name) {
            if (!node.isObject()) {
                return null;
            }
            JsonNode child = last ? value : descend(node.get(name), i + 1, value);
            if (child == null) {
                return null;
            }
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            copy.setAll((ObjectNode) node);
            copy.set(name, child);
            return copy;
        }
        if (!node.isArray()) {
            return null;
        }
        int index = resolve((Integer) step, node.size());
        if (index < 0) {
            return null;
        }
        JsonNode child = last ? value : setAt(node.get(index), i + 1, value);
        if (child == null) {
            return null;
        }
        ArrayNode copy = new ArrayNode(JsonNodeFactory.instance, node.size());
        copy.addAll((ArrayNode) node);
        copy.set(index, child);
        return copy;
    }

    /** A missing member becomes an empty object, unless an index must be applied to it next. */
    private JsonNode descend(JsonNode child, int next, JsonNode value) {
        if (child != null) {
            return setAt(child, next, value);
        }
        if (steps[next] instanceof Integer) {
            return null;
        }
        return setAt(JsonNodeFactory.instance.objectNode(), next, value);
    }

    /** The same rule as Jayway's: negative indexes count from the end. */
    private static int resolve(int index, int size) {
        int effective = index < 0 ? size + index : index;
        return effective >= 0 && effective < size ? effective : -1;
    }

    /** @return the steps of {@code $.a['b'][0]}-style text, or null for anything unexpected */
    static List<Object> parse(String text) {
        if (!text.startsWith("$") || text.startsWith("$$")) {
            return null;
        }
        List<Object> steps = new ArrayList<>();
        int i = 1;
        while (i < text.length()) {
            char ch = text.charAt(i);
            int end;
            if (ch == '.' && i + 1 < text.length() && text.charAt(i + 1) == '[') {
                i++; // $.a.['b c'] is $.a['b c']
                continue;
            }
            if (ch == '.') {
                end = i + 1;
                while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
                    end++;
                }
                if (end == i + 1) {
                    return null;
                }
                steps.add(text.substring(i + 1, end));
            } else if (ch == '[') {
                end = text.indexOf(']', i);
                if (end < 0) {
                    return null;
                }
                Object step = bracket(text.substring(i + 1, end));
                if (step == null) {
                    return null;
                }
                steps.add(step);
                end++;
            } else {
                return null;
            }
            i = end;
        }
        for (Object step : steps) {
            if (step instanceof String name && (name.indexOf('\'') >= 0 || name.indexOf('[') >= 0 || name.indexOf(']') >= 0)) {
                return null;
            }
        }
        return steps;
    }

    private static Object bracket(String inside) {
        if (inside.length() >= 2 && (inside.charAt(0) == '\'' || inside.charAt(0) == '"')
                && inside.charAt(inside.length() - 1) == inside.charAt(0)) {
            String name = inside.substring(1, inside.length() - 1);
            return name.indexOf('\\') >= 0 || name.indexOf(inside.charAt(0)) >= 0 ? null : name;
        }
        try {
            return Integer.valueOf(inside);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String render(List<Object> steps) {
        StringBuilder sb = new StringBuilder("$");
        for (Object step : steps) {
            sb.append('[');
            if (step instanceof String name) {
                sb.append('\'').append(name).append('\'');
            } else {
                sb.append(step);
            }
            sb.append(']');
        }
        return sb.toString();
    }
}
