package dev.stepproof.toolkit.internal.choice;

import dev.stepproof.toolkit.internal.dataflow.EvalContext;
import dev.stepproof.toolkit.internal.path.JsonPathExpr;
import dev.stepproof.toolkit.internal.path.PathResult;

/**
 * A data-test rule: resolve the {@code Variable}, then apply the operator's test. {@code IsPresent} is the only
 * operator that answers for a missing Variable (AWS never errors on it); every other operator raises
 * {@code States.Runtime}, as for any unresolvable path. An indefinite Variable ({@code $.a[*]}) always resolves,
 * to an array of its matches.
 */
final class ComparisonNode implements CompiledCondition {
    private final JsonPathExpr variable;
    /** For {@code IsPresent}: the operand; the test then never looks at the value. */
    private final Boolean presence;
    private final ValueTest test;

    private ComparisonNode(JsonPathExpr variable, Boolean presence, ValueTest test) {
        this.variable = variable;
        this.presence = presence;
        this.test = test;
    }

    static ComparisonNode isPresent(JsonPathExpr variable, boolean expected) {
        return new ComparisonNode(variable, expected, null);
    }

    static ComparisonNode of(JsonPathExpr variable, ValueTest test) {
        return new ComparisonNode(variable, null, test);
    }

    @Override
    public boolean test(EvalContext ctx) {
        PathResult resolved = variable.evaluate(ctx);
        if (presence != null) {
            return resolved.isFound() == presence;
        }
        if (!(resolved instanceof PathResult.Found)) {
            throw ChoiceErrors.invalidPath(variable.text());
        }
        return test.test(((PathResult.Found) resolved).value(), ctx);
    }
}
