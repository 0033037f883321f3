package dev.stepproof.toolkit.internal.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepproof.toolkit.internal.path.JsonPathExpr;
import dev.stepproof.toolkit.internal.path.PathResult;
import dev.stepproof.toolkit.internal.path.RootKind;
import org.junit.jupiter.api.Test;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.BDDAssertions.then;

/**
 * Replays the AWS-recorded cases whose outcome depends on path evaluation alone: a single Pass state
 * whose Parameters are literal values and paths, and first states failing on an unresolvable path.
 */
class InterpreterPathConformanceTest {

    private static final Pattern INVALID_PATH = Pattern.compile("Invalid path '(.*)' : (.*)$");
    private static final Pattern NOT_FOUND = Pattern.compile("The JSONPath '(.*)' specified for the field '(.*)' could not be found in the input");

    @Test
    void should_evaluate_parameters_paths_as_aws_recorded() {
        // GIVEN
        List<JsonNode> cases = Corpus.cases("interpreter").stream()
                .filter(InterpreterPathConformanceTest::isSinglePassWithPathParameters).collect(Collectors.toList());
        then(cases).hasSizeGreaterThanOrEqualTo(10);
        for (JsonNode c : cases) {
            JsonNode state = c.path("definition").path("States").elements().next();
            // WHEN
            JsonNode output = applyParameters(state.path("Parameters"), c.path("input"));
            // THEN
            String status = c.path("expected").path("status").asText();
            if (status.equals("SUCCEEDED")) {
                then(output).as(c.path("name").asText()).isEqualTo(c.path("expected").path("output"));
            } else {
                then(output).as(c.path("name").asText()).isNull();
            }
        }
    }

    @Test
    void should_explain_unresolvable_paths_with_the_recorded_jayway_text() {
        // GIVEN
        List<JsonNode> cases = Corpus.cases("interpreter").stream()
                .filter(c -> INVALID_PATH.matcher(c.path("expected").path("cause").asText()).find())
                .collect(Collectors.toList());
        then(cases).isNotEmpty();
        for (JsonNode c : cases) {
            Matcher m = INVALID_PATH.matcher(c.path("expected").path("cause").asText());
            then(m.find()).isTrue();
            // WHEN
            PathResult result = JsonPathExpr.compile(m.group(1)).orElseThrow().evaluate(c.path("input"));
            // THEN
            then(result).as(c.path("name").asText()).isEqualTo(new PathResult.Missing(m.group(2)));
        }
    }

    @Test
    void should_find_the_recorded_parameters_paths_missing() {
        // GIVEN first states whose Parameters path AWS could not find
        List<JsonNode> cases = Corpus.cases("interpreter").stream()
                .filter(c -> NOT_FOUND.matcher(c.path("expected").path("cause").asText()).find())
                .filter(c -> firstState(c).path("Parameters").isObject())
                .collect(Collectors.toList());
        then(cases).isNotEmpty();
        for (JsonNode c : cases) {
            Matcher m = NOT_FOUND.matcher(c.path("expected").path("cause").asText());
            then(m.find()).isTrue();
            JsonPathExpr path = JsonPathExpr.compile(m.group(1)).orElseThrow();
            JsonNode document = path.root() == RootKind.CONTEXT ? context(c.path("input")) : c.path("input");
            // WHEN
            PathResult result = path.evaluate(document);
            // THEN
            then(result.isFound()).as(c.path("name").asText()).isFalse();
        }
    }

    private static JsonNode firstState(JsonNode c) {
        JsonNode definition = c.path("definition");
        return definition.path("States").path(definition.path("StartAt").asText());
    }

    private static JsonNode context(JsonNode input) {
        ObjectNode context = JsonNodeFactory.instance.objectNode();
        context.putObject("Execution").set("Input", input);
        return context;
    }

    private static boolean isSinglePassWithPathParameters(JsonNode c) {
        JsonNode states = c.path("definition").path("States");
        if (states.size() != 1 || c.path("definition").path("QueryLanguage").asText().equals("JSONata")) {
            return false;
        }
        JsonNode state = states.elements().next();
        if (!state.path("Type").asText().equals("Pass") || state.size() != 3 || !state.path("Parameters").isObject()) {
            return false;
        }
        boolean anyPath = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = state.path("Parameters").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().endsWith(".$")) {
                String value = field.getValue().asText();
                if (!value.startsWith("$") || value.startsWith("$$")) {
                    return false;
                }
                anyPath = true;
            }
        }
        return anyPath;
    }

    /** @return the Parameters output, or null when a path could not be found (the state fails) */
    private static JsonNode applyParameters(JsonNode parameters, JsonNode input) {
        ObjectNode output = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = parameters.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            if (!key.endsWith(".$")) {
                output.set(key, field.getValue());
                continue;
            }
            PathResult result = JsonPathExpr.compile(field.getValue().asText()).orElseThrow().evaluate(input);
            if (!(result instanceof PathResult.Found found)) {
                return null;
            }
            output.set(key.substring(0, key.length() - 2), found.value());
        }
        return output;
    }
}
