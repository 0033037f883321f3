package dev.stepproof.junit.internal;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the first difference between an expected and an actual JSON value and names it by JSON Pointer
 * (RFC 6901), so that a failure message points at the one member that is wrong instead of printing two large
 * documents. Numbers compare by value ({@code 1} equals {@code 1.0}); member order is irrelevant; array order
 * and length matter. In partial mode, objects may have members the expected value does not mention, at any
 * depth. Not API.
 *
 * @since 0.1.0
 */
public final class JsonDiff {

    private JsonDiff() {
    }

    /** @return e.g. {@code at /total: expected 20 but was 21}; empty when the values match */
    public static Optional<String> exact(JsonNode expected, JsonNode actual) {
        return Optional.ofNullable(diff("", expected, actual, false));
    }

    /** @return the first member of {@code expected} that {@code actual} lacks or differs in; empty when none */
    public static Optional<String> partial(JsonNode expected, JsonNode actual) {
        return Optional.ofNullable(diff("", expected, actual, true));
    }

    private static String diff(String at, JsonNode expected, JsonNode actual, boolean partial) {
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
        for (Map.Entry<String, JsonNode> member : expected.properties()) {
            String where = at + "/" + escape(member.getKey());
            JsonNode value = actual.get(member.getKey());
            String difference = value == null
                    ? where(where) + ": expected " + Json.compact(member.getValue()) + " but the member is missing"
                    : diff(where, member.getValue(), value, partial);
            if (difference != null) {
                return difference;
            }
        }
        if (partial) {
            return null;
        }
        for (Iterator<String> names = actual.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!expected.has(name)) {
                return where(at + "/" + escape(name)) + ": unexpected member with value " + Json.compact(actual.get(name));
            }
        }
        return null;
    }

    private static String arrays(String at, JsonNode expected, JsonNode actual, boolean partial) {
        int common = Math.min(expected.size(), actual.size());
        for (int i = 0; i < common; i++) {
            String difference = diff(at + "/" + i, expected.get(i), actual.get(i), partial);
            if (difference != null) {
                return difference;
            }
        }
        if (expected.size() > common) {
            return where(at + "/" + common) + ": expected " + Json.compact(expected.get(common)) + " but the array ended";
        }
        if (actual.size() > common) {
            return where(at + "/" + common) + ": expected the array to end but found " + Json.compact(actual.get(common));
        }
        return null;
    }

    private static String mismatch(String at, JsonNode expected, JsonNode actual) {
        return where(at) + ": expected " + Json.compact(expected) + " but was " + Json.compact(actual);
    }

    private static String where(String pointer) {
        // The empty pointer is the whole document; "/" would name a member called "".
        return pointer.isEmpty() ? "at the root" : "at " + pointer;
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
