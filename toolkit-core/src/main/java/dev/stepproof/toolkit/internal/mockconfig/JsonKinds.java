package dev.stepproof.toolkit.internal.mockconfig;

import com.fasterxml.jackson.databind.JsonNode;

/** Names a JSON value's type the way messages say it ("an array", "a string", …). */
final class JsonKinds {
    private JsonKinds() {
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "missing";
        }
        return switch (node.getNodeType()) {
            case OBJECT, POJO -> "an object";
            case ARRAY -> "an array";
            case STRING, BINARY -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            case MISSING -> "missing";
        };
    }
}
