package dev.stepproof.toolkit.internal.choice;

import dev.stepproof.toolkit.internal.dataflow.TestContext;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.model.Comparison;
import dev.stepproof.toolkit.model.ComparisonOperator;
import dev.stepproof.toolkit.model.Condition;

import java.util.List;

/** Test helper: builds model conditions tersely. */
final class Rules {

    private Rules() {
    }

    static Comparison rule(String variable, String operator, String operandJson) {
        return rule(variable, operator, TestContext.json(operandJson));
    }

    static Comparison rule(String variable, String operator, JsonNode operand) {
        ComparisonOperator op = ComparisonOperator.fromAslName(operator)
                .orElseThrow(() -> new IllegalArgumentException("no operator " + operator));
        return new Comparison(variable, op, operand);
    }

    static boolean eval(Condition condition, TestContext ctx) {
        return ChoiceCompiler.compile(condition).test(ctx);
    }

    static Condition and(Condition... operands) {
        return new Condition.And(List.of(operands));
    }

    static Condition or(Condition... operands) {
        return new Condition.Or(List.of(operands));
    }

    static Condition not(Condition operand) {
        return new Condition.Not(operand);
    }
}
