package dev.stepproof.toolkit.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;

/** Null- and type-safe reads of the raw tree: a wrong type reads as absent (the schema reports it). */
final class Json {
    private Json() {
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isTextual() ? v.textValue() : null;
    }

    static boolean has(JsonNode node, String field) {
        return node != null && node.has(field);
    }

    static boolean isTrue(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isBoolean() && v.booleanValue();
    }

    static Long integer(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isIntegralNumber() ? v.longValue() : null;
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "missing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
