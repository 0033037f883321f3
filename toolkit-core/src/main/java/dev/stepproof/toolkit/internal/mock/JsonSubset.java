package dev.stepproof.toolkit.internal.mock;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Partial JSON matching, as {@code withParameters} promises: every field of an expected object must be in the
 * actual object and match, extra actual fields are ignored; arrays must have the same length and match element
 * by element (each element partially); numbers compare by value ({@code 1} equals {@code 1.0}); everything else
 * must be equal. The differences are listed with their JSONPath, so the near-miss message can point at them.
 */
final class JsonSubset {
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final int VALUE_CHARS = 60;

    private JsonSubset() {
    }

    /** @return one line per difference, e.g. {@code $.TableName expected "orders" but was "users"}; empty when it matches */
    static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        compare(expected, actual, "$", out);
        return out;
    }

    private static void compare(JsonNode expected, JsonNode actual, String path, List<String> out) {
        if (expected.isObject() && actual.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String child = path + step(field.getKey());
                JsonNode value = actual.get(field.getKey());
                if (value == null) {
                    out.add(child + " expected " + MockJson.compact(field.getValue(), VALUE_CHARS) + " but was missing");
                } else {
                    compare(field.getValue(), value, child, out);
                }
            }
        } else if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                out.add(path + " expected " + expected.size() + (expected.size() == 1 ? " element" : " elements")
                        + " but was " + actual.size());
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(expected.get(i), actual.get(i), path + "[" + i + "]", out);
            }
        } else if (!sameValue(expected, actual)) {
            out.add(path + " expected " + MockJson.compact(expected, VALUE_CHARS) + " but was "
                    + MockJson.compact(actual, VALUE_CHARS));
        }
    }

    private static boolean sameValue(JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        return expected.equals(actual);
    }

    private static String step(String name) {
        return PLAIN_NAME.matcher(name).matches() ? "." + name : "['" + name.replace("'", "\\'") + "']";
    }
}
