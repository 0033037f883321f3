package dev.stepproof.toolkit.internal.scenario;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * The first difference between two JSON values, located by JSON Pointer. Numbers compare by value
 * ({@code 1} equals {@code 1.0}); object member order is irrelevant; array order matters. In partial mode
 * the actual value may have members the expected one does not mention (at any depth), as in
 * "output contains".
 */
public final class JsonDiff {
    private JsonDiff() {
    }

    /** @return e.g. {@code at /total: expected 20 but was 21}, or empty when the values match */
    public static Optional<String> first(JsonNode expected, JsonNode actual, boolean partial) {
        return Optional.ofNullable(diff("", expected, actual, partial));
    }

    private static String diff(String at, JsonNode expected, JsonNode actual, boolean partial) {
        if (actual == null || actual.isMissingNode()) {
            return "at " + where(at) + ": expected " + expected + " but the member is missing";
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0 ? null : mismatch(at, expected, actual);
        }
        if (expected.isObject() && actual.isObject()) {
            return objects(at, expected, actual, partial);
        }
        if (expected.isArray() && actual.isArray()) {
            return arrays(at, expected, actual, partial);
        }
        return expected.equals(actual) ? null : mismatch(at, expected, actual);
    }

    private static String objects(String at, JsonNode expected, JsonNode actual, boolean partial) {
        Iterator<Map.Entry<String, JsonNode>> it = expected.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String d = diff(at + "/" + escape(e.getKey()), e.getValue(), actual.get(e.getKey()), partial);
            if (d != null) {
                return d;
            }
        }
        if (!partial) {
            Iterator<String> names = actual.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!expected.has(name)) {
                    return "at " + where(at + "/" + escape(name)) + ": unexpected member with value " + actual.get(name);
                }
            }
        }
        return null;
    }

    private static String arrays(String at, JsonNode expected, JsonNode actual, boolean partial) {
        if (expected.size() != actual.size()) {
            return "at " + where(at) + ": expected an array of " + expected.size() + " items but it has "
                    + actual.size() + ": " + actual;
        }
        for (int i = 0; i < expected.size(); i++) {
            String d = diff(at + "/" + i, expected.get(i), actual.get(i), partial);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static String mismatch(String at, JsonNode expected, JsonNode actual) {
        return "at " + where(at) + ": expected " + expected + " but was " + actual;
    }

    private static String where(String pointer) {
        return pointer.isEmpty() ? "/" : pointer;
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
