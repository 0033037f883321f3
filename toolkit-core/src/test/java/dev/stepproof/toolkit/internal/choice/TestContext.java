package dev.stepproof.toolkit.internal.choice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stepproof.toolkit.internal.dataflow.EvalContext;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/** Test helper: an {@link EvalContext} over literal JSON, and JSON text (single quotes allowed) to tree. */
final class TestContext implements EvalContext {
    private static final ObjectReader READER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build().reader();

    private final JsonNode input;
    private final JsonNode context;
    private final Map<String, JsonNode> variables = new HashMap<>();

    private TestContext(JsonNode input, JsonNode context) {
        this.input = input;
        this.context = context;
    }

    static TestContext input(String json) {
        return new TestContext(json(json), JsonNodeFactory.instance.objectNode());
    }

    static TestContext input(JsonNode input) {
        return new TestContext(input, JsonNodeFactory.instance.objectNode());
    }

    TestContext withContext(String json) {
        TestContext copy = new TestContext(input, json(json));
        copy.variables.putAll(variables);
        return copy;
    }

    TestContext withVariable(String name, String json) {
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
    public JsonNode input() {
        return input;
    }

    @Override
    public JsonNode context() {
        return context;
    }

    @Override
    public JsonNode variable(String name) {
        return variables.get(name);
    }

    @Override
    public RandomGenerator random() {
        return new SplittableRandom(1);
    }
}
