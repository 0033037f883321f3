package dev.stepproof.toolkit.internal.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * jsonata-java values back to Jackson trees. A function (lambda, native function, regex) is not JSON: at the
 * top it makes the result unsupported ({@link #UNSUPPORTED}); inside a container it is dropped from an object
 * and written as null in an array, which is what {@code JSON.stringify} does to AWS's JavaScript results.
 */
final class JsonResults {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Marks a value that has no JSON form. */
    static final JsonNode UNSUPPORTED = NODES.missingNode();
    /** Doubles up to 2^53 print as integers in JavaScript; beyond it they are kept as doubles. */
    private static final double EXACT_INTEGER_LIMIT = 9007199254740992d;

    private JsonResults() {
    }

    /** @return the JSON form of a defined engine value, or {@link #UNSUPPORTED} */
    static JsonNode toJson(Object value) {
        if (value == null || value == Jsonata.NULL_VALUE) {
            return NODES.nullNode();
        }
        if (value instanceof JsonViews.ObjectView) {
            return ((JsonViews.ObjectView) value).node;
        }
        if (value instanceof JsonViews.ArrayView) {
            return ((JsonViews.ArrayView) value).node;
        }
        if (value instanceof String) {
            return NODES.textNode((String) value);
        }
        if (value instanceof Boolean) {
            return NODES.booleanNode((Boolean) value);
        }
        if (value instanceof Number) {
            return number((Number) value);
        }
        if (value instanceof Map) {
            return object((Map<?, ?>) value);
        }
        if (value instanceof List) {
            return array((List<?>) value);
        }
        return UNSUPPORTED;
    }

    private static JsonNode object(Map<?, ?> map) {
        ObjectNode out = NODES.objectNode();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            JsonNode v = toJson(e.getValue());
            if (v != UNSUPPORTED) {
                out.set(String.valueOf(e.getKey()), v);
            }
        }
        return out;
    }

    private static JsonNode array(List<?> list) {
        ArrayNode out = NODES.arrayNode(list.size());
        for (Object item : list) {
            JsonNode v = toJson(item);
            out.add(v == UNSUPPORTED ? NODES.nullNode() : v);
        }
        return out;
    }

    /** JavaScript has one number type: whole doubles print without a fraction ({@code $sum([1.5,1.5])} is 3). */
    static JsonNode number(Number n) {
        if (n instanceof Integer || n instanceof Short || n instanceof Byte) {
            return NODES.numberNode(n.intValue());
        }
        if (n instanceof Long) {
            return NODES.numberNode(n.longValue());
        }
        if (n instanceof BigInteger) {
            return NODES.numberNode((BigInteger) n);
        }
        if (n instanceof BigDecimal) {
            return NODES.numberNode((BigDecimal) n);
        }
        double d = n.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return UNSUPPORTED;
        }
        if (d == Math.rint(d) && Math.abs(d) <= EXACT_INTEGER_LIMIT) {
            long whole = (long) d;
            return whole == (int) whole ? NODES.numberNode((int) whole) : NODES.numberNode(whole);
        }
        return NODES.numberNode(d);
    }

    /** @return the JSON type name AWS prints in type errors: null, number, string, boolean, array or object */
    static String typeName(JsonNode value) {
        switch (value.getNodeType()) {
            case NUMBER:
                return "number";
            case STRING:
                return "string";
            case BOOLEAN:
                return "boolean";
            case ARRAY:
                return "array";
            case OBJECT:
                return "object";
            default:
                return "null";
        }
    }
}
