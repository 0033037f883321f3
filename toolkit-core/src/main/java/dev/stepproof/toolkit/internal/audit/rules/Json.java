package dev.stepproof.toolkit.internal.audit.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;

import java.util.function.Consumer;

/** Small JSON helpers shared by the rules. */
final class Json {

    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A string value with the key it sits under and its pointer. */
    record Text(String key, String value, String pointer) {
    }

    private Json() {
    }

    /** @return {@code node} as indented JSON */
    static String pretty(JsonNode node) {
        try {
            return PRETTY.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return node.toString();
        }
    }

    /** Visits every string value under {@code node} with the nearest object key above it. */
    static void strings(JsonNode node, String pointer, String key, Consumer<Text> visitor) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            visitor.accept(new Text(key, node.asText(), pointer));
        } else if (node.isObject()) {
            node.properties().forEach(e ->
                    strings(e.getValue(), LocatedDocument.child(pointer, e.getKey()), e.getKey(), visitor));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                strings(node.get(i), LocatedDocument.child(pointer, i), key, visitor);
            }
        }
    }
}
