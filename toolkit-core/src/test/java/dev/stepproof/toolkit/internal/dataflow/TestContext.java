package dev.stepproof.toolkit.internal.dataflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/** Test fixture: an {@link EvalContext} over fixed documents, and JSON from text with single quotes allowed. */
public final class TestContext implements EvalContext {

    private static final ObjectReader READER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build().reader();

    private final JsonNode input;
    private final JsonNode context;
    private final Map<String, JsonNode> variables;
    private final RandomGenerator random;

    private TestContext(JsonNode input, JsonNode context, Map<String, JsonNode> variables, RandomGenerator random) {
        this.input = input;
        this.context = context;
        this.variables = variables;
        this.random = random;
    }

    public static TestContext of(String inputJson) {
        return of(json(inputJson));
    }

    public static TestContext of(JsonNode input) {
        return new TestContext(input, JsonNodeFactory.instance.objectNode(), new HashMap<>(), new SplittableRandom(42));
    }

    public TestContext withContext(String contextJson) {
        return new TestContext(input, json(contextJson), variables, random);
    }

    public TestContext withContext(JsonNode context) {
        return new TestContext(input, context, variables, random);
    }

    public TestContext withVariable(String name, String valueJson) {
        Map<String, JsonNode> copy = new HashMap<>(variables);
        copy.put(name, json(valueJson));
        return new TestContext(input, context, copy, random);
    }

    public TestContext withSeed(long seed) {
        return new TestContext(input, context, variables, new SplittableRandom(seed));
    }

    public static JsonNode json(String text) {
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
        return random;
    }
}
