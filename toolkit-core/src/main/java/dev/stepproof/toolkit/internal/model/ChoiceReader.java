package dev.stepproof.toolkit.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.model.ChoiceRule;
import dev.stepproof.toolkit.model.ChoiceState;
import dev.stepproof.toolkit.model.Comparison;
import dev.stepproof.toolkit.model.ComparisonOperator;
import dev.stepproof.toolkit.model.Condition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.stepproof.toolkit.internal.model.JsonFields.json;
import static dev.stepproof.toolkit.internal.model.JsonFields.text;

/** Reads Choice states, their rules and the (possibly nested) conditions of those rules. */
final class ChoiceReader {

    private ChoiceReader() {
    }

    static ChoiceState choice(StateHeader h, JsonNode node) {
        List<ChoiceRule> rules = new ArrayList<>();
        for (JsonNode rule : JsonFields.elements(node, "Choices")) {
            if (rule.isObject()) {
                rules.add(new ChoiceRule(condition(rule), text(rule, "Next"), json(rule, "Assign"),
                        json(rule, "Output"), text(rule, "Comment")));
            }
        }
        return new ChoiceState(h.name(), h.pointer(), h.comment(), h.queryLanguage(), h.inputPath(),
                h.outputPath(), rules, text(node, "Default"), h.assign(), h.output());
    }

    /**
     * The first condition-bearing field in source order decides, so a rule with several operators (which
     * the validator rejects) still reads deterministically. Wrong-typed candidates are passed over.
     *
     * @return the condition, or null when the rule has none that can be read
     */
    static Condition condition(JsonNode rule) {
        for (Map.Entry<String, JsonNode> field : rule.properties()) {
            Condition condition = condition(field.getKey(), field.getValue(), rule);
            if (condition != null) {
                return condition;
            }
        }
        return null;
    }

    private static Condition condition(String key, JsonNode value, JsonNode rule) {
        return switch (key) {
            case "And" -> value.isArray() ? new Condition.And(operands(value)) : null;
            case "Or" -> value.isArray() ? new Condition.Or(operands(value)) : null;
            case "Not" -> not(value);
            case "Condition" -> new Condition.Jsonata(value);
            default -> ComparisonOperator.fromAslName(key)
                    .map(operator -> new Comparison(text(rule, "Variable"), operator, value))
                    .orElse(null);
        };
    }

    private static Condition not(JsonNode value) {
        Condition operand = value.isObject() ? condition(value) : null;
        return operand == null ? null : new Condition.Not(operand);
    }

    /** Unreadable operands are dropped: only reachable for definitions the validator rejects. */
    private static List<Condition> operands(JsonNode array) {
        List<Condition> operands = new ArrayList<>();
        for (JsonNode element : array) {
            Condition operand = element.isObject() ? condition(element) : null;
            if (operand != null) {
                operands.add(operand);
            }
        }
        return operands;
    }
}
