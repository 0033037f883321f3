package dev.stepproof.toolkit.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.dataflow.EvalContext;
import dev.stepproof.toolkit.internal.jsonata.JsonataError;
import dev.stepproof.toolkit.internal.jsonata.JsonataExpression;
import dev.stepproof.toolkit.internal.jsonata.JsonataScope;

/**
 * A JSONata rule's {@code Condition} (ASL-SEMANTICS §6.4): a boolean literal, or a {@code {% %}} expression that
 * must give a boolean. Anything else is a {@code States.QueryEvaluationError} ({@code Expected 'boolean'}):
 * AWS's reaction is not recorded, LocalStack's is to fail, and silently treating it as false would hide bugs.
 */
final class JsonataCondition implements CompiledCondition {
    private final JsonataExpression expression;
    private final boolean constant;

    private JsonataCondition(JsonataExpression expression, boolean constant) {
        this.expression = expression;
        this.constant = constant;
    }

    /**
     * @param value    the Condition as written: a boolean, or a template string
     * @param location the field as AWS names it, e.g. {@code Choices[0]/Condition}
     * @throws IllegalArgumentException for anything else, which the validator rejects
     */
    static JsonataCondition compile(JsonNode value, String location) {
        if (value.isBoolean()) {
            return new JsonataCondition(null, value.booleanValue());
        }
        if (value.isTextual() && JsonataExpression.isTemplate(value.textValue())) {
            return new JsonataCondition(JsonataExpression.ofTemplate(value.textValue(), location), false);
        }
        throw new IllegalArgumentException("A JSONata Condition must be a boolean or a '{% expression %}' template, but was " + value);
    }

    /**
     * @throws JsonataError when the expression fails or does not give a boolean
     */
    @Override
    public boolean test(EvalContext ctx) {
        if (expression == null) {
            return constant;
        }
        JsonNode value = expression.evaluate(JsonataScope.of(ctx));
        if (!value.isBoolean()) {
            throw JsonataError.unexpectedType(expression.text(), expression.location(), "boolean", value);
        }
        return value.booleanValue();
    }
}
