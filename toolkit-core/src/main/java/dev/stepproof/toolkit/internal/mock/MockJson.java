package dev.stepproof.toolkit.internal.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Objects;

/** JSON parsing and rendering for mocks. The mapper is configured once and never changed, so sharing it is safe. */
public final class MockJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MockJson() {
    }

    /**
     * @param json  JSON text, never null
     * @param where the DSL call the text was given to, for the message, e.g. {@code returns}
     * @throws IllegalArgumentException when the text is not one JSON value
     */
    public static JsonNode parse(String json, String where) {
        Objects.requireNonNull(json, where + ": json must not be null");
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new IllegalArgumentException(where + "(\"" + json + "\"): expected one JSON value, but the text is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + "(\"" + json + "\"): expected JSON, but "
                    + e.getOriginalMessage(), e);
        }
    }

    /** @return compact JSON, cut to {@code max} characters with {@code …} when longer */
    static String compact(JsonNode node, int max) {
        String text = node == null ? "missing" : node.toString();
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
