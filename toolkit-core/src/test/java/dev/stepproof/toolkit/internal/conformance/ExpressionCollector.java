package dev.stepproof.toolkit.internal.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.intrinsics.PayloadExpressions;
import dev.stepproof.toolkit.internal.jsonata.JsonataTemplates;
import dev.stepproof.toolkit.internal.path.JsonPathExpr;
import dev.stepproof.toolkit.internal.path.Parsed;
import dev.stepproof.toolkit.internal.path.ReferencePath;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A stand-in for the definition validator's use of the expression layer: walks every state (also inside
 * Parallel branches and Map processors) and checks each expression-valued field with the checker the
 * validator will use, collecting the problems as "pointer: message".
 */
final class ExpressionCollector {

    private static final Set<String> PATHS = Set.of("InputPath", "OutputPath");
    private static final Set<String> REFERENCE_PATHS = Set.of("ItemsPath", "TimeoutSecondsPath", "HeartbeatSecondsPath",
            "SecondsPath", "TimestampPath", "MaxConcurrencyPath", "ToleratedFailureCountPath",
            "ToleratedFailurePercentagePath");
    private static final Set<String> TEMPLATES = Set.of("Parameters", "ResultSelector", "ItemSelector", "Assign", "Credentials");
    private static final Set<String> NESTED = Set.of("Branches", "Iterator", "ItemProcessor");

    private final List<String> problems = new ArrayList<>();

    static List<String> problems(JsonNode definition) {
        ExpressionCollector collector = new ExpressionCollector();
        collector.machine(definition, "", definition.path("QueryLanguage").asText("JSONPath"));
        return collector.problems;
    }

    private void machine(JsonNode machine, String pointer, String language) {
        for (Iterator<Map.Entry<String, JsonNode>> it = machine.path("States").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> state = it.next();
            String at = pointer + "/States/" + state.getKey();
            String stateLanguage = state.getValue().path("QueryLanguage").asText(language);
            state(state.getValue(), at, stateLanguage);
        }
    }

    private void state(JsonNode state, String pointer, String language) {
        for (Iterator<Map.Entry<String, JsonNode>> it = state.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            String at = pointer + "/" + name;
            if (name.equals("Branches")) {
                for (int i = 0; i < field.getValue().size(); i++) {
                    machine(field.getValue().get(i), at + "/" + i, language);
                }
            } else if (NESTED.contains(name)) {
                machine(field.getValue(), at, language);
            } else if (!name.equals("Comment")) {
                if (language.equals("JSONata")) {
                    jsonata(field.getValue(), at);
                } else {
                    jsonPathField(name, field.getValue(), at);
                }
            }
        }
    }

    private void jsonPathField(String name, JsonNode value, String at) {
        if (value.isNull()) {
            return;
        }
        if (PATHS.contains(name) || name.equals("Variable")) {
            text(value, at, v -> message(JsonPathExpr.compile(v), v));
        } else if (name.equals("ResultPath")) {
            text(value, at, v -> message(ReferencePath.compileInputRooted(v), v));
        } else if (REFERENCE_PATHS.contains(name)) {
            text(value, at, v -> message(ReferencePath.compile(v), v));
        } else if (name.equals("ErrorPath") || name.equals("CausePath")) {
            text(value, at, PayloadExpressions::checkFailPath);
        } else if (TEMPLATES.contains(name)) {
            template(value, at);
        } else if (name.equals("Choices") || name.equals("And") || name.equals("Or")) {
            for (int i = 0; i < value.size(); i++) {
                rule(value.get(i), at + "/" + i);
            }
        } else if (name.equals("Not")) {
            rule(value, at);
        }
    }

    private void rule(JsonNode rule, String at) {
        for (Iterator<Map.Entry<String, JsonNode>> it = rule.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            boolean comparedToPath = name.endsWith("Path") && !name.equals("IsPresent");
            if (comparedToPath || name.equals("Variable")) {
                text(field.getValue(), at + "/" + name, v -> message(JsonPathExpr.compile(v), v));
            } else {
                jsonPathField(name, field.getValue(), at + "/" + name);
            }
        }
    }

    private void template(JsonNode node, String at) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                template(node.get(i), at + "/" + i);
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.isObject() ? node.fields() : List.<Map.Entry<String, JsonNode>>of().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String at2 = at + "/" + field.getKey();
            if (field.getKey().endsWith(".$")) {
                text(field.getValue(), at2, PayloadExpressions::check);
            } else {
                template(field.getValue(), at2);
            }
        }
    }

    private void jsonata(JsonNode node, String at) {
        if (node.isTextual()) {
            JsonataTemplates.check(node.textValue()).ifPresent(m -> problems.add(at + ": " + m));
        }
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            jsonata(node.get(i), at + "/" + i);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.isObject() ? node.fields() : List.<Map.Entry<String, JsonNode>>of().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            jsonata(field.getValue(), at + "/" + field.getKey());
        }
    }

    private void text(JsonNode value, String at, Function<String, Optional<String>> check) {
        if (!value.isTextual()) {
            problems.add(at + ": must be a string, but is " + value.getNodeType());
            return;
        }
        check.apply(value.textValue()).ifPresent(m -> problems.add(at + ": " + m));
    }

    private static Optional<String> message(Parsed<?> parsed, String value) {
        return parsed.failure().map(e -> "Invalid path '" + value + "': " + e);
    }
}
