package dev.stepproof.toolkit.internal.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a value through a Reference Path. Missing objects on the way are created, as the ASL spec
 * requires for ResultPath; arrays are never created or extended, because no index into a missing
 * array can be meaningful.
 */
final class PathSetter {

    private PathSetter() {
    }

    static SetResult set(Step[] steps, String[] prefixes, JsonNode document, JsonNode value) {
        if (steps.length == 0) {
            return new SetResult.Done(value);
        }
        JsonNode current = document;
        for (int i = 0; i < steps.length - 1; i++) {
            JsonNode child = child(steps[i], current);
            if (child == null) {
                String problem = problem(steps, prefixes, i, current);
                if (problem != null) {
                    return new SetResult.Failed(problem);
                }
                if (steps[i + 1] instanceof IndexStep) {
                    return new SetResult.Failed(cannot(prefixes, steps.length)
                            + prefixes[i + 1] + " does not exist, and arrays are not created");
                }
                child = ((ObjectNode) current).putObject(((PropertyStep) steps[i]).name());
            }
            current = child;
        }
        return write(steps, prefixes, current, value, document);
    }

    private static JsonNode child(Step step, JsonNode node) {
        if (step instanceof PropertyStep property) {
            return node.isObject() ? node.get(property.name()) : null;
        }
        int index = node.isArray() ? IndexStep.resolve(((IndexStep) step).index(), node.size()) : -1;
        return index < 0 ? null : node.get(index);
    }

    /** @return why step i cannot be taken from node, or null when the step merely leads nowhere yet */
    private static String problem(Step[] steps, String[] prefixes, int i, JsonNode node) {
        String where = cannot(prefixes, steps.length) + prefixes[i];
        if (steps[i] instanceof PropertyStep) {
            return node.isObject() ? null : where + " is " + article(node) + ", not an object";
        }
        if (!node.isArray()) {
            return where + " is " + article(node) + ", not an array";
        }
        return cannot(prefixes, steps.length) + "index " + ((IndexStep) steps[i]).index() + " is outside the array "
                + prefixes[i] + " of size " + node.size();
    }

    private static SetResult write(Step[] steps, String[] prefixes, JsonNode parent, JsonNode value, JsonNode document) {
        int last = steps.length - 1;
        Step step = steps[last];
        if (step instanceof PropertyStep property && parent.isObject()) {
            ((ObjectNode) parent).set(property.name(), value);
            return new SetResult.Done(document);
        }
        if (step instanceof IndexStep index && parent.isArray()) {
            int effective = IndexStep.resolve(index.index(), parent.size());
            if (effective >= 0) {
                ((ArrayNode) parent).set(effective, value);
                return new SetResult.Done(document);
            }
        }
        return new SetResult.Failed(problem(steps, prefixes, last, parent));
    }

    private static String cannot(String[] prefixes, int length) {
        return "Cannot set " + prefixes[length] + ": ";
    }

    private static String article(JsonNode node) {
        String type = JsonTypes.name(node);
        return type.equals("null") ? "null" : (type.equals("array") || type.equals("object") ? "an " : "a ") + type;
    }
}
