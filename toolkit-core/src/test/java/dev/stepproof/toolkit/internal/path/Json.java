package dev.stepproof.toolkit.internal.path;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Test helper: JSON text to tree, with single quotes allowed for readability. */
final class Json {

    private static final ObjectReader READER = JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build().reader();

    private Json() {
    }

    static JsonNode json(String text) {
        try {
            return READER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static JsonPathExpr path(String text) {
        return JsonPathExpr.compile(text).orElseThrow();
    }
}
