package dev.stepproof.toolkit.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.dataflow.EvalContext;
import dev.stepproof.toolkit.internal.time.Rfc3339;
import dev.stepproof.toolkit.model.ComparisonOperator.Relation;

/**
 * {@code IsNull}, {@code IsNumeric}, {@code IsString}, {@code IsBoolean}, {@code IsTimestamp} on a present value:
 * true when the value's kind equals the operand ({@code "IsString": false} holds for a number).
 * {@code IsPresent} is decided before a value exists, in {@link ComparisonNode}.
 */
final class TypeTest implements ValueTest {
    private final Relation relation;
    private final boolean expected;

    TypeTest(Relation relation, boolean expected) {
        this.relation = relation;
        this.expected = expected;
    }

    @Override
    public boolean test(JsonNode value, EvalContext ctx) {
        return is(value) == expected;
    }

    private boolean is(JsonNode value) {
        switch (relation) {
            case IS_NULL:
                return value.isNull();
            case IS_NUMERIC:
                return value.isNumber();
            case IS_STRING:
                return value.isTextual();
            case IS_BOOLEAN:
                return value.isBoolean();
            case IS_TIMESTAMP:
                return value.isTextual() && Rfc3339.parse(value.textValue()) != null;
            case IS_PRESENT:
                return true;
            default:
                throw new IllegalStateException("Not a type test: " + relation);
        }
    }
}
