package dev.stepproof.toolkit.internal.jsonata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/** Test helper: a {@link JsonataScope} over literal JSON (single quotes allowed), seeded random, fixed clock. */
final class TestScope implements JsonataScope {
    private static final ObjectReader READER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build().reader();

    private final JsonNode input;
    private JsonNode result;
    private JsonNode errorOutput;
    private final Map<String, JsonNode> variables = new HashMap<>();
    private final RandomGenerator random = new SplittableRandom(7);

    private TestScope(JsonNode input) {
        this.input = input;
    }

    static TestScope input(String json) {
        return new TestScope(json(json));
    }

    TestScope withResult(String json) {
        result = json(json);
        return this;
    }

    TestScope withErrorOutput(String json) {
        errorOutput = json(json);
        return this;
    }

    TestScope withVariable(String name, String json) {
        variables.put(name, json(json));
        return this;
    }

    static JsonNode json(String text) {
        try {
            return READER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    @Override
    public JsonNode statesInput() {
        return input;
    }

    @Override
    public JsonNode statesResult() {
        return result;
    }

    @Override
    public JsonNode statesErrorOutput() {
        return errorOutput;
    }

    @Override
    public JsonNode statesContext() {
        return json("{'State': {'Name': 'S', 'EnteredTime': '2024-05-01T12:00:00.000Z'}}");
    }

    @Override
    public JsonNode variable(String name) {
        return variables.get(name);
    }

    @Override
    public RandomGenerator random() {
        return random;
    }

    @Override
    public long nowMillis() {
        return 1_714_564_800_000L;
    }
}
