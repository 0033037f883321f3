package dev.stepproof.toolkit.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Choice rules: one operator each, Variable where needed, Next only at the top. */
final class ChoiceCheck {
    static final Set<String> COMPARISONS = comparisons();
    private static final Set<String> COMBINATORS = Set.of("And", "Or", "Not");

    private final StateCheck state;
    private final boolean jsonata;

    ChoiceCheck(StateCheck state, boolean jsonata) {
        this.state = state;
        this.jsonata = jsonata;
    }

    private static Set<String> comparisons() {
        List<String> ops = new ArrayList<>();
        for (String family : List.of("String", "Numeric", "Timestamp")) {
            for (String rel : List.of("Equals", "LessThan", "GreaterThan", "LessThanEquals", "GreaterThanEquals")) {
                ops.add(family + rel);
                ops.add(family + rel + "Path");
            }
        }
        ops.addAll(List.of("StringMatches", "BooleanEquals", "BooleanEqualsPath", "IsNull", "IsPresent",
                "IsNumeric", "IsString", "IsBoolean", "IsTimestamp"));
        return Set.copyOf(ops);
    }

    void run() {
        JsonNode choices = state.state().get("Choices");
        if (choices == null || !choices.isArray()) {
            return;
        }
        for (int i = 0; i < choices.size(); i++) {
            JsonNode rule = choices.get(i);
            String at = LocatedDocument.child(state.ptr("Choices"), i);
            if (!rule.isObject()) {
                continue;
            }
            if (!rule.has("Next")) {
                state.findings().error(Codes.CHOICE_RULE, at, "State '" + state.name() + "' Choices[" + i
                                + "] has no \"Next\"; every top-level Choice rule must name the state it leads to.",
                        "Add \"Next\": \"<state>\" to the rule (a Choice rule cannot end the workflow).");
            }
            if (jsonata) {
                if (!rule.has("Condition")) {
                    state.findings().error(Codes.CHOICE_RULE, at, "State '" + state.name() + "' Choices[" + i
                                    + "] has no \"Condition\"; JSONata Choice rules test a Condition.",
                            "Add \"Condition\": \"{% <boolean expression> %}\".");
                }
            } else {
                rule(rule, at, "Choices[" + i + "]");
            }
        }
    }

    private void rule(JsonNode rule, String at, String label) {
        List<String> ops = new ArrayList<>();
        rule.fieldNames().forEachRemaining(f -> {
            if (COMPARISONS.contains(f) || COMBINATORS.contains(f)) {
                ops.add(f);
            }
        });
        if (ops.size() != 1) {
            state.findings().error(Codes.CHOICE_RULE, at, "State '" + state.name() + "' " + label + " must have exactly one comparison operator (or And/Or/Not), but has "
                            + (ops.isEmpty() ? "none" : ops.size() + ": " + ops) + ".",
                    ops.isEmpty() ? "Add an operator such as \"StringEquals\" with a \"Variable\"." : "Split the rule, or combine the tests with \"And\"/\"Or\".");
            return;
        }
        String op = ops.get(0);
        if (COMBINATORS.contains(op)) {
            combinator(rule, at, label, op);
            return;
        }
        JsonNode variable = rule.get("Variable");
        if (variable == null) {
            state.findings().error(Codes.CHOICE_RULE, at, "State '" + state.name() + "' " + label + " uses '" + op
                    + "' but has no \"Variable\" naming the value to test.", "Add \"Variable\": \"$.field\".");
        } else if (variable.isTextual()) {
            state.reportExpression(Codes.INVALID_PATH, LocatedDocument.child(at, "Variable"), "Variable", variable.textValue(),
                    state.expressions().jsonPath(variable.textValue()), "Write a path such as \"$.status\".");
        }
        JsonNode operand = rule.get(op);
        if (op.endsWith("Path") && operand != null && operand.isTextual()) {
            state.reportExpression(Codes.INVALID_PATH, LocatedDocument.child(at, op), op, operand.textValue(),
                    state.expressions().jsonPath(operand.textValue()), "Write a path such as \"$.limit\".");
        }
        if (op.startsWith("Timestamp") && !op.endsWith("Path") && operand != null && operand.isTextual()
                && !Timestamps.isRfc3339(operand.textValue())) {
            state.findings().error(Codes.INVALID_TIMESTAMP, LocatedDocument.child(at, op), "State '" + state.name() + "' " + label
                            + " compares with '" + operand.textValue() + "', which is not an RFC 3339 timestamp.",
                    "Write it like \"2026-01-31T23:59:59Z\".");
        }
    }

    private void combinator(JsonNode rule, String at, String label, String op) {
        JsonNode inner = rule.get(op);
        String innerAt = LocatedDocument.child(at, op);
        if ("Not".equals(op)) {
            if (inner != null && inner.isObject()) {
                nested(inner, innerAt, label + ".Not");
            }
            return;
        }
        if (inner == null || !inner.isArray()) {
            return; // the schema reports the type
        }
        for (int i = 0; i < inner.size(); i++) {
            if (inner.get(i).isObject()) {
                nested(inner.get(i), LocatedDocument.child(innerAt, i), label + "." + op + "[" + i + "]");
            }
        }
    }

    private void nested(JsonNode rule, String at, String label) {
        if (rule.has("Next")) {
            state.findings().error(Codes.CHOICE_RULE, LocatedDocument.child(at, "Next"), "State '" + state.name() + "' " + label
                            + " has \"Next\"; only top-level Choice rules may transition.",
                    "Move \"Next\" to the enclosing top-level rule.");
        }
        rule(rule, at, label);
    }
}
