package dev.stepproof.toolkit.internal.interpret;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.jsonata.JsonataError;
import dev.stepproof.toolkit.internal.jsonata.JsonataExpression;
import dev.stepproof.toolkit.model.NumberOrExpression;

/**
 * A numeric field that a JSONata state computes with an expression (ASL-SEMANTICS §3.5): TimeoutSeconds and
 * HeartbeatSeconds (positive integers), MaxConcurrency (an integer of at least 0), the tolerated failures (an
 * integer, a number; their ranges are {@link ToleratedFailures}'s). A value of the wrong type fails like AWS's
 * Items ({@code returned an unexpected result type. Expected 'integer', …}); a value out of range says what the
 * field needs (AWS's wording for that case is not recorded).
 */
final class JsonataNumber {
    private final JsonataExpression expression;
    private final boolean integer;
    private final double min;
    private final double max;
    private final String range;

    private JsonataNumber(JsonataExpression expression, boolean integer, double min, double max, String range) {
        this.expression = expression;
        this.integer = integer;
        this.min = min;
        this.max = max;
        this.range = range;
    }

    /** @return the expression of {@code field} as a positive integer, or null when the field is no expression */
    static JsonataNumber positive(NumberOrExpression field, String location) {
        JsonataExpression e = expression(field, location);
        return e == null ? null : new JsonataNumber(e, true, 1, Long.MAX_VALUE, "a positive integer");
    }

    /** @return the expression of {@code field} as an integer of at least 0, or null when the field is no expression */
    static JsonataNumber nonNegative(NumberOrExpression field, String location) {
        JsonataExpression e = expression(field, location);
        return e == null ? null : new JsonataNumber(e, true, 0, Long.MAX_VALUE, "an integer of at least 0");
    }

    /** @return the expression of {@code field} as any integer, or null when the field is no expression */
    static JsonataNumber integer(NumberOrExpression field, String location) {
        JsonataExpression e = expression(field, location);
        return e == null ? null : new JsonataNumber(e, true, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "");
    }

    /** @return the expression of {@code field} as any number, or null when the field is no expression */
    static JsonataNumber number(NumberOrExpression field, String location) {
        JsonataExpression e = expression(field, location);
        return e == null ? null : new JsonataNumber(e, false, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "");
    }

    private static JsonataExpression expression(NumberOrExpression field, String location) {
        if (field == null || !field.isExpression() || !JsonataExpression.isTemplate(field.expression())) {
            return null;
        }
        return JsonataExpression.ofTemplate(field.expression(), location);
    }

    /** @return the value; an integer field's is whole */
    double evaluate(Visit v) {
        JsonNode value = expression.evaluate(v.states(null, null));
        boolean typed = integer ? value.isIntegralNumber() || value.isNumber() && value.doubleValue() == Math.rint(value.doubleValue())
                : value.isNumber();
        if (!typed) {
            throw JsonataError.unexpectedType(expression.text(), expression.location(), integer ? "integer" : "number", value);
        }
        double d = value.doubleValue();
        if (d < min || d > max) {
            throw JsonataError.of("The JSONata expression '" + expression.text() + "' specified for the field '"
                    + expression.location() + "' returned " + value + ", but the field must be " + range + ".",
                    expression.location(), false);
        }
        return d;
    }

    /** @return the value of an integer field */
    long evaluateLong(Visit v) {
        return (long) evaluate(v);
    }
}
