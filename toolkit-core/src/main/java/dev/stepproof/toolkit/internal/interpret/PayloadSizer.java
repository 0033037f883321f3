package dev.stepproof.toolkit.internal.interpret;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Checks payloads against the size quota without serialising them. Every state output is checked, so this is
 * on the hot path: payload trees share most of their subtrees from state to state (structural sharing), so
 * container sizes are cached by identity for the length of one execution; and floating-point numbers count
 * as their longest rendering (24 characters), the exact size being computed only when that upper bound is
 * over the limit.
 */
final class PayloadSizer {
    private static final int MAX_DOUBLE_CHARS = 24;
    /** Small containers are cheaper to measure again than to remember (and fresh per state anyway). */
    private static final long CACHE_FROM = 512;

    private final Map<JsonNode, Long> upperBounds = new IdentityHashMap<>();

    /** @return whether {@code node}'s compact UTF-8 serialisation is longer than {@code limit} bytes */
    boolean exceeds(JsonNode node, long limit) {
        if (upperBound(node) <= limit) {
            return false;
        }
        return Json.utf8Size(node, limit) > limit;
    }

    private long upperBound(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT, ARRAY -> {
                Long cached = upperBounds.get(node);
                if (cached != null) {
                    return cached;
                }
                long size = container(node);
                if (size >= CACHE_FROM) {
                    upperBounds.put(node, size);
                }
                return size;
            }
            case STRING -> {
                return Json.stringSize(node.textValue());
            }
            case NUMBER -> {
                return node.isFloatingPointNumber() && !node.isBigDecimal() ? MAX_DOUBLE_CHARS : node.asText().length();
            }
            case BOOLEAN -> {
                return node.booleanValue() ? 4 : 5;
            }
            default -> {
                return 4;
            }
        }
    }

    private long container(JsonNode node) {
        long size = 2;
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            boolean first = true;
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                size += (first ? 0 : 1) + Json.stringSize(e.getKey()) + 1 + upperBound(e.getValue());
                first = false;
            }
        } else {
            size += Math.max(0, node.size() - 1);
            for (int i = 0; i < node.size(); i++) {
                size += upperBound(node.get(i));
            }
        }
        return size;
    }
}
