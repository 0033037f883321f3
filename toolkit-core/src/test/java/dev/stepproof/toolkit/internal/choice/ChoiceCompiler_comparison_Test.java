package dev.stepproof.toolkit.internal.choice;

import dev.stepproof.toolkit.internal.dataflow.TestContext;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepproof.toolkit.model.ComparisonOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.stepproof.toolkit.internal.choice.Rules.eval;
import static dev.stepproof.toolkit.internal.choice.Rules.rule;
import static dev.stepproof.toolkit.internal.dataflow.TestContext.json;
import static org.assertj.core.api.BDDAssertions.then;

/** Every comparison operator with a literal operand and, through its {@code …Path} twin, with a path operand. */
class ChoiceCompiler_comparison_Test {

    @ParameterizedTest(name = "{1} {0} {2} is {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // Strings: Java compareTo, no trimming, no case folding (AWS-recorded pairs first).
            "StringEquals              | \"Hello\"          | \"Hello\"          | true",
            "StringEquals              | \"A\"              | \"A \"             | false",
            "StringEquals              | \" \"              | \"     \"          | false",
            "StringEquals              | \"\\t\\n\"         | \"\\t\\r\\n\"      | false",
            "StringEquals              | \"\"               | \"\"               | true",
            "StringEquals              | \"hello\"          | \"Hello\"          | false",
            "StringLessThan            | \"A\"              | \"AB\"             | true",
            "StringLessThan            | \"AB\"             | \"A\"              | false",
            "StringLessThan            | \"A\"              | \"A\"              | false",
            "StringLessThan            | \"B\"              | \"a\"              | true",
            "StringGreaterThan         | \"AB\"             | \"A\"              | true",
            "StringGreaterThan         | \"A\"              | \"AB\"             | false",
            "StringGreaterThan         | \"A\"              | \"A\"              | false",
            "StringLessThanEquals      | \"A\"              | \"A\"              | true",
            "StringLessThanEquals      | \"AB\"             | \"ABC\"            | true",
            "StringLessThanEquals      | \"B\"              | \"A\"              | false",
            "StringGreaterThanEquals   | \"A\"              | \"A\"              | true",
            "StringGreaterThanEquals   | \"ABC\"            | \"AB\"             | true",
            "StringGreaterThanEquals   | \"A\"              | \"B\"              | false",
            // Numbers by value, exactly.
            "NumericEquals             | 0                  | 0.0                | true",
            "NumericEquals             | 0.0                | 0                  | true",
            "NumericEquals             | 1                  | 1.0                | true",
            "NumericEquals             | 2.22               | 2.22               | true",
            "NumericEquals             | 1                  | 0                  | false",
            "NumericEquals             | 1.1                | 1                  | false",
            "NumericEquals             | -0.0               | 0                  | true",
            "NumericEquals             | 1e2                | 100                | true",
            "NumericEquals             | 9007199254740993   | 9007199254740992   | false",
            "NumericEquals             | 9007199254740993   | 9007199254740992.0 | false",
            "NumericEquals             | 1000000000000000000000000000000 | 1.0E30       | true",
            "NumericLessThan           | 0                  | 1                  | true",
            "NumericLessThan           | 1                  | 1.0                | false",
            "NumericLessThan           | 1.1                | 1                  | false",
            "NumericLessThan           | -1                 | -0.5               | true",
            "NumericGreaterThan        | 1.1                | 1                  | true",
            "NumericGreaterThan        | 1                  | 1                  | false",
            "NumericGreaterThan        | 123456789012345678901234567890 | 9223372036854775807 | true",
            "NumericLessThanEquals     | 1                  | 1.0                | true",
            "NumericLessThanEquals     | 0.5                | 0                  | false",
            "NumericGreaterThanEquals  | 0.0                | 0                  | true",
            "NumericGreaterThanEquals  | 0                  | 1                  | false",
            // Booleans.
            "BooleanEquals             | true               | true               | true",
            "BooleanEquals             | false              | false              | true",
            "BooleanEquals             | false              | true               | false",
            "BooleanEquals             | true               | false              | false",
            // Timestamps as instants: offsets respected, nanoseconds kept.
            "TimestampEquals           | \"2012-10-09T19:00:55Z\" | \"2012-10-09T19:00:55Z\"      | true",
            "TimestampEquals           | \"2012-10-09T19:00:55Z\" | \"2012-10-09T20:00:55+01:00\" | true",
            "TimestampEquals           | \"2012-10-09T19:00:55.000Z\" | \"2012-10-09T19:00:55Z\"  | true",
            "TimestampEquals           | \"2012-10-09T19:00:55.000000001Z\" | \"2012-10-09T19:00:55Z\" | false",
            "TimestampEquals           | \"2012-10-09T19:00:55Z\" | \"2012-10-09T19:00:56Z\"      | false",
            "TimestampLessThan         | \"2012-10-09T19:00:55Z\" | \"2012-10-09T19:00:56Z\"      | true",
            "TimestampLessThan         | \"2012-10-09T19:00:55Z\" | \"2012-10-09T19:00:55Z\"      | false",
            "TimestampLessThan         | \"2012-10-09T20:00:55+01:00\" | \"2012-10-09T19:00:56Z\" | true",
            "TimestampGreaterThan      | \"2012-10-09T19:00:56Z\" | \"2012-10-09T19:00:55Z\"      | true",
            "TimestampGreaterThan      | \"2012-10-09T19:00:55.000000001Z\" | \"2012-10-09T19:00:55Z\" | true",
            "TimestampGreaterThan      | \"2012-10-09T19:00:55Z\" | \"2012-10-09T19:00:56Z\"      | false",
            "TimestampLessThanEquals   | \"2012-10-09T19:00:55Z\" | \"2012-10-09T19:00:56Z\"      | true",
            "TimestampLessThanEquals   | \"2012-10-09T19:00:56Z\" | \"2012-10-09T19:00:55Z\"      | false",
            "TimestampGreaterThanEquals | \"2012-10-09T19:00:55Z\" | \"2012-10-09T19:00:55Z\"     | true",
            "TimestampGreaterThanEquals | \"2012-10-09T19:00:55Z\" | \"2012-10-09T19:00:56Z\"     | false",
    })
    void should_compare_like_aws_with_a_literal_and_with_a_path_operand(String operator, String value, String operand,
                                                                        boolean expected) {
        // GIVEN
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        input.set("Variable", json(value));
        input.set("Value", json(operand));
        TestContext ctx = TestContext.of(input);
        // WHEN
        boolean literal = eval(rule("$.Variable", operator, operand), ctx);
        boolean path = eval(rule("$.Variable", operator + "Path", "\"$.Value\""), ctx);
        // THEN
        then(literal).as("literal").isEqualTo(expected);
        then(path).as("path").isEqualTo(expected);
    }

    @Test
    void should_exercise_every_literal_comparison_operator_above() throws NoSuchMethodException {
        // GIVEN the rows of the table above
        CsvSource rows = getClass().getDeclaredMethod("should_compare_like_aws_with_a_literal_and_with_a_path_operand",
                String.class, String.class, String.class, boolean.class).getAnnotation(CsvSource.class);
        // WHEN
        Set<String> covered = Arrays.stream(rows.value()).map(row -> row.split("\\|")[0].strip()).collect(Collectors.toSet());
        // THEN every operator that compares two values is there (its Path twin runs on the same row)
        Set<String> comparing = EnumSet.allOf(ComparisonOperator.class).stream()
                .filter(op -> op.operandType() != ComparisonOperator.OperandType.TYPE_TEST)
                .filter(op -> op != ComparisonOperator.STRING_MATCHES && !op.isPath())
                .map(ComparisonOperator::aslName)
                .collect(Collectors.toSet());
        then(comparing).hasSize(16);
        then(covered).isEqualTo(comparing);
    }

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "IsNull      | null                     | true",
            "IsNull      | 0                        | false",
            "IsNull      | \"\"                     | false",
            "IsNull      | {}                       | false",
            "IsNumeric   | 0                        | true",
            "IsNumeric   | 1.1                      | true",
            "IsNumeric   | \"1\"                    | false",
            "IsNumeric   | null                     | false",
            "IsString    | \"\"                     | true",
            "IsString    | \"2012-10-09T19:00:55Z\" | true",
            "IsString    | 0                        | false",
            "IsString    | [\"\"]                   | false",
            "IsBoolean   | true                     | true",
            "IsBoolean   | false                    | true",
            "IsBoolean   | 0                        | false",
            "IsBoolean   | \"true\"                 | false",
            "IsTimestamp | \"2012-10-09T19:00:55Z\" | true",
            "IsTimestamp | \"2012-10-09T19:00:55+01:00\" | true",
            "IsTimestamp | \"2016-03-05T21:29:29.243167252Z\" | true",
            "IsTimestamp | \"2012-10-09T19:00:55\"   | false",
            "IsTimestamp | \"2023-02-24\"            | false",
            "IsTimestamp | \"2023-02-24 12:15:56.832957\" | false",
            "IsTimestamp | 0                        | false",
            "IsPresent   | null                     | true",
            "IsPresent   | 0                        | true",
            "IsPresent   | {}                       | true",
    })
    void should_test_the_kind_of_a_present_value_and_negate_with_false(String operator, String value, boolean isKind) {
        // GIVEN
        TestContext ctx = TestContext.of("{}");
        ((ObjectNode) ctx.input()).set("Variable", json(value));
        // WHEN
        boolean whenTrue = eval(rule("$.Variable", operator, "true"), ctx);
        boolean whenFalse = eval(rule("$.Variable", operator, "false"), ctx);
        // THEN
        then(whenTrue).isEqualTo(isKind);
        then(whenFalse).isEqualTo(!isKind);
    }

    @ParameterizedTest(name = "{0} StringMatches {1} is {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "\"log-2024.txt\"   | \"log-*.txt\"      | true",
            "\"log-.txt\"       | \"log-*.txt\"      | true",
            "\"log-2024.csv\"   | \"log-*.txt\"      | false",
            "\"a*b\"            | \"a\\\\*b\"        | true",
            "\"axb\"            | \"a\\\\*b\"        | false",
            "\"a\\\\b\"         | \"a\\\\\\\\b\"     | true",
            "\"anything\"       | \"*\"              | true",
            "\"\"               | \"*\"              | true",
            "\"\"               | \"\"               | true",
            "\"x\"              | \"\"               | false",
            "0                  | \"*\"              | false",
            "null               | \"*\"              | false",
            "[\"a\"]            | \"*\"              | false",
    })
    void should_match_globs_with_star_and_its_escapes(String value, String pattern, boolean expected) {
        // GIVEN
        TestContext ctx = TestContext.of("{}");
        ((ObjectNode) ctx.input()).set("Variable", json(value));
        // WHEN
        boolean matched = eval(rule("$.Variable", "StringMatches", pattern), ctx);
        // THEN
        then(matched).isEqualTo(expected);
    }
}
