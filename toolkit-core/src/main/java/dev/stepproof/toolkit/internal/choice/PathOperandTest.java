package dev.stepproof.toolkit.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.dataflow.EvalContext;
import dev.stepproof.toolkit.internal.path.JsonPathExpr;
import dev.stepproof.toolkit.internal.path.PathResult;
import dev.stepproof.toolkit.model.ComparisonOperator.Relation;

/**
 * A {@code …Path} operator: the operand is resolved against the same roots as the Variable, then compared like a
 * literal of the same family. An operand of the wrong type makes the test false; a missing one is
 * {@code States.Runtime}, like any unresolvable path (ASL-SEMANTICS §2.6, §6.3).
 */
final class PathOperandTest implements ValueTest {
    private final ValueFamily family;
    private final Relation relation;
    private final JsonPathExpr operandPath;

    PathOperandTest(ValueFamily family, Relation relation, JsonPathExpr operandPath) {
        this.family = family;
        this.relation = relation;
        this.operandPath = operandPath;
    }

    @Override
    public boolean test(JsonNode value, EvalContext ctx) {
        PathResult resolved = operandPath.evaluate(ctx);
        if (!(resolved instanceof PathResult.Found)) {
            throw ChoiceErrors.invalidPath(operandPath.text());
        }
        Object operand = family.prepare(((PathResult.Found) resolved).value());
        return operand != null && ValueFamily.holds(relation, family.compare(value, operand));
    }
}
