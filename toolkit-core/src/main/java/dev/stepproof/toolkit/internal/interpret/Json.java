package dev.stepproof.toolkit.internal.interpret;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Map;

/** JSON helpers the interpreter shares. The mapper is configured once and never changed. */
final class Json {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Json() {
    }

    /** The outputs of branches or iterations, in order, as the array that becomes the state's result. */
    static com.fasterxml.jackson.databind.node.ArrayNode array(JsonNode[] items) {
        com.fasterxml.jackson.databind.node.ArrayNode result = NODES.arrayNode(items.length);
        for (JsonNode item : items) {
            result.add(item);
        }
        return result;
    }

    /** AWS's timestamp form in the context object: milliseconds and {@code Z}. */
    static String iso(long millis) {
        return ISO_MILLIS.format(Instant.ofEpochMilli(millis));
    }

    /**
     * UTF-8 size of the compact serialisation of {@code node}, counting no further than {@code limit + 1}
     * so an oversized payload is detected without walking all of it.
     */
    static long utf8Size(JsonNode node, long limit) {
        long[] acc = {0};
        size(node, acc, limit);
        return acc[0];
    }

    private static void size(JsonNode node, long[] acc, long limit) {
        if (acc[0] > limit) {
            return;
        }
        switch (node.getNodeType()) {
            case OBJECT -> {
                acc[0] += 2;
                Iterator<Map.Entry<String, JsonNode>> it = node.fields();
                boolean first = true;
                while (it.hasNext() && acc[0] <= limit) {
                    Map.Entry<String, JsonNode> e = it.next();
                    acc[0] += (first ? 0 : 1) + stringSize(e.getKey()) + 1;
                    first = false;
                    size(e.getValue(), acc, limit);
                }
            }
            case ARRAY -> {
                acc[0] += 2 + Math.max(0, node.size() - 1);
                for (int i = 0; i < node.size() && acc[0] <= limit; i++) {
                    size(node.get(i), acc, limit);
                }
            }
            case STRING -> acc[0] += stringSize(node.textValue());
            case NULL -> acc[0] += 4;
            case BOOLEAN -> acc[0] += node.booleanValue() ? 4 : 5;
            default -> acc[0] += node.asText().length();
        }
    }

    static long stringSize(String s) {
        long n = 2;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                n += 2;
            } else if (c < 0x20) {
                n += c == '\n' || c == '\t' || c == '\r' || c == '\b' || c == '\f' ? 2 : 6;
            } else if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
