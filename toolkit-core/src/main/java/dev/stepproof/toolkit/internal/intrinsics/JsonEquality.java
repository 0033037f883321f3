package dev.stepproof.toolkit.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * Deep JSON equality for ArrayContains and ArrayUnique. Numbers compare by value ({@code 1} equals {@code 1.0}):
 * Jackson's own {@code equals} tells an IntNode from a LongNode or DoubleNode of the same value, and which one a
 * value becomes depends on where it came from (input parsing, a literal, MathAdd), not on what it is. Object
 * member order does not matter; array order does.
 */
final class JsonEquality {

    private JsonEquality() {
    }

    static boolean equal(JsonNode a, JsonNode b) {
        if (a == b) {
            return true;
        }
        if (a.isNumber() && b.isNumber()) {
            return sameNumber(a, b);
        }
        if (a.getNodeType() != b.getNodeType() || a.size() != b.size()) {
            return false;
        }
        if (a.isArray()) {
            for (int i = 0; i < a.size(); i++) {
                if (!equal(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode other = b.get(e.getKey());
                if (other == null || !equal(e.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /** @return a hash consistent with {@link #equal}: equal values hash alike whatever their node types */
    static int hash(JsonNode node) {
        if (node.isNumber()) {
            if (node.canConvertToExactIntegral() && node.canConvertToLong()) {
                return Long.hashCode(node.longValue());
            }
            return Double.hashCode(node.doubleValue());
        }
        if (node.isArray()) {
            int h = 1;
            for (JsonNode item : node) {
                h = 31 * h + hash(item);
            }
            return h;
        }
        if (node.isObject()) {
            int h = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                h += e.getKey().hashCode() ^ hash(e.getValue());
            }
            return h;
        }
        return node.hashCode();
    }

    private static boolean sameNumber(JsonNode a, JsonNode b) {
        if (a.isIntegralNumber() && b.isIntegralNumber()) {
            return a.canConvertToLong() && b.canConvertToLong()
                    ? a.longValue() == b.longValue() : a.bigIntegerValue().equals(b.bigIntegerValue());
        }
        if (a.isDouble() && b.isDouble()) {
            return a.doubleValue() == b.doubleValue();
        }
        return decimal(a).compareTo(decimal(b)) == 0;
    }

    private static BigDecimal decimal(JsonNode n) {
        if (n.isDouble() || n.isFloat()) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : BigDecimal.ZERO;
        }
        return n.decimalValue();
    }
}
