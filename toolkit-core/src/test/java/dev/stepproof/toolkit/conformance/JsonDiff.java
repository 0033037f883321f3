package dev.stepproof.toolkit.conformance;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;

/**
 * Deep JSON equality as the corpus compares (README §1.3 step 4): object member order is irrelevant, array order
 * matters, numbers compare by value ({@code 1} equals {@code 1.0}). Reports the first difference with its JSON
 * Pointer, so that a failing case says where it went wrong.
 */
final class JsonDiff {

    private JsonDiff() {
    }

    /**
     * @param expected     the recorded value
     * @param actual       the actual value
     * @param placeholders whether placeholder tokens in recorded strings stand for any text (mock parameters)
     * @return null when equal, else {@code "at <pointer>: expected <e> but was <a>"} for the first difference
     */
    static String firstDifference(JsonNode expected, JsonNode actual, boolean placeholders) {
        return diff(expected, actual, "", placeholders);
    }

    private static String diff(JsonNode expected, JsonNode actual, String pointer, boolean placeholders) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0 ? null : differs(pointer, expected, actual);
        }
        if (expected.isTextual() && actual.isTextual()) {
            boolean same = placeholders ? Normalisation.matches(expected.textValue(), actual.textValue())
                    : expected.textValue().equals(actual.textValue());
            return same ? null : differs(pointer, expected, actual);
        }
        if (expected.isObject() && actual.isObject()) {
            return diffObjects(expected, actual, pointer, placeholders);
        }
        if (expected.isArray() && actual.isArray()) {
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                String d = diff(expected.get(i), actual.get(i), pointer + "/" + i, placeholders);
                if (d != null) {
                    return d;
                }
            }
            return expected.size() == actual.size() ? null
                    : "at " + show(pointer) + ": expected " + expected.size() + " items but there were " + actual.size()
                    + " (expected " + expected + " but was " + actual + ")";
        }
        return expected.getNodeType() == actual.getNodeType() && expected.equals(actual) ? null : differs(pointer, expected, actual);
    }

    private static String diffObjects(JsonNode expected, JsonNode actual, String pointer, boolean placeholders) {
        Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String child = pointer + "/" + escape(field.getKey());
            JsonNode other = actual.get(field.getKey());
            if (other == null) {
                return "at " + show(child) + ": expected " + field.getValue() + " but the member is missing";
            }
            String d = diff(field.getValue(), other, child, placeholders);
            if (d != null) {
                return d;
            }
        }
        Iterator<String> names = actual.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!expected.has(name)) {
                return "at " + show(pointer + "/" + escape(name)) + ": unexpected member with value " + actual.get(name);
            }
        }
        return null;
    }

    private static String differs(String pointer, JsonNode expected, JsonNode actual) {
        return "at " + show(pointer) + ": expected " + expected + " but was " + actual;
    }

    private static String show(String pointer) {
        return pointer.isEmpty() ? "the root" : pointer;
    }

    /** RFC 6901: {@code ~} and {@code /} in member names. */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
