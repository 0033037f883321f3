package dev.stepproof.toolkit.internal.choice;

import dev.stepproof.toolkit.internal.dataflow.TestContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepproof.toolkit.model.ComparisonOperator;
import dev.stepproof.toolkit.model.ComparisonOperator.OperandType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.stepproof.toolkit.internal.choice.Rules.eval;
import static dev.stepproof.toolkit.internal.choice.Rules.rule;
import static dev.stepproof.toolkit.internal.dataflow.TestContext.json;
import static org.assertj.core.api.BDDAssertions.then;

/**
 * The sweep AWS was recorded with (ASL-SEMANTICS §6.2): every value of another type than the operator's family
 * makes every comparison false, never an error, whether the mismatch is on the Variable or on a Path operand.
 */
class ChoiceCompiler_type_mismatch_Test {

    private static final String[] SWEEP = {
            "null", "0", "0.0", "1", "1.1", "\"\"", "\" \"", "\"HelloWorld\"", "\"2012-10-09T19:00:55Z\"",
            "\"2012-10-09T19:00:55+01:00\"", "\"2012-10-09T19:00:55\"", "\"2023-02-24\"", "\"2023-02-24 12:15:56.832957\"",
            "[]", "[\"\"]", "{}", "{\"A\":0}", "true", "false"};

    @Test
    void should_be_false_for_every_value_of_another_type_with_every_operator() {
        // GIVEN
        List<String> wronglyTrue = new ArrayList<>();
        int evaluated = 0;
        for (ComparisonOperator operator : ComparisonOperator.values()) {
            if (operator.operandType() == OperandType.TYPE_TEST || operator.isPath()) {
                continue;
            }
            String operand = typicalOperand(operator);
            for (String value : SWEEP) {
                if (fits(operator.operandType(), json(value))) {
                    continue;
                }
                TestContext ctx = TestContext.of("{}");
                ((ObjectNode) ctx.input()).set("Variable", json(value));
                // WHEN
                boolean result = eval(rule("$.Variable", operator.aslName(), operand), ctx);
                evaluated++;
                // THEN
                if (result) {
                    wronglyTrue.add(operator.aslName() + " " + value);
                }
            }
        }
        then(wronglyTrue).isEmpty();
        then(evaluated).isGreaterThan(200);
    }

    @Test
    void should_be_false_when_a_path_operand_is_of_another_type() {
        // GIVEN
        List<String> wronglyTrue = new ArrayList<>();
        for (ComparisonOperator operator : ComparisonOperator.values()) {
            if (!operator.isPath()) {
                continue;
            }
            for (String operand : SWEEP) {
                if (fits(operator.operandType(), json(operand))) {
                    continue;
                }
                TestContext ctx = TestContext.of("{}");
                ((ObjectNode) ctx.input()).set("Variable", json(typicalOperand(operator)));
                ((ObjectNode) ctx.input()).set("Value", json(operand));
                // WHEN
                boolean result = eval(rule("$.Variable", operator.aslName(), "\"$.Value\""), ctx);
                // THEN
                if (result) {
                    wronglyTrue.add(operator.aslName() + " " + operand);
                }
            }
        }
        then(wronglyTrue).isEmpty();
    }

    @Test
    void should_not_treat_zero_and_one_as_booleans_nor_numeric_strings_as_numbers() {
        // GIVEN
        TestContext zero = TestContext.of("{'Variable': 0}");
        TestContext one = TestContext.of("{'Variable': 1}");
        TestContext text = TestContext.of("{'Variable': '0'}");
        // WHEN / THEN
        then(eval(rule("$.Variable", "BooleanEquals", "false"), zero)).isFalse();
        then(eval(rule("$.Variable", "BooleanEquals", "true"), one)).isFalse();
        then(eval(rule("$.Variable", "NumericEquals", "0"), text)).isFalse();
        then(eval(rule("$.Variable", "StringEquals", "\"0\""), zero)).isFalse();
    }

    /** Timestamp-looking strings fit the string family; only valid RFC 3339 strings fit the timestamp one. */
    private static boolean fits(OperandType type, JsonNode value) {
        switch (type) {
            case STRING:
                return value.isTextual();
            case NUMERIC:
                return value.isNumber();
            case BOOLEAN:
                return value.isBoolean();
            case TIMESTAMP:
                return value.isTextual() && dev.stepproof.toolkit.internal.time.Rfc3339.isValid(value.textValue());
            default:
                throw new IllegalArgumentException(type.name());
        }
    }

    private static String typicalOperand(ComparisonOperator operator) {
        switch (operator.operandType()) {
            case STRING:
                return operator == ComparisonOperator.STRING_MATCHES ? "\"*\"" : "\"HelloWorld\"";
            case NUMERIC:
                return "1";
            case BOOLEAN:
                return "true";
            case TIMESTAMP:
                return "\"2012-10-09T19:00:55Z\"";
            default:
                throw new IllegalArgumentException(operator.aslName());
        }
    }
}
