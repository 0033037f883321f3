package dev.stepproof.toolkit.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.dataflow.EvalContext;
import dev.stepproof.toolkit.model.ComparisonOperator.Relation;

/** A comparison with a literal operand, prepared once (a timestamp literal is parsed here, not per test). */
final class LiteralTest implements ValueTest {
    private final ValueFamily family;
    private final Relation relation;
    private final Object operand;

    LiteralTest(ValueFamily family, Relation relation, Object operand) {
        this.family = family;
        this.relation = relation;
        this.operand = operand;
    }

    @Override
    public boolean test(JsonNode value, EvalContext ctx) {
        return ValueFamily.holds(relation, family.compare(value, operand));
    }
}
