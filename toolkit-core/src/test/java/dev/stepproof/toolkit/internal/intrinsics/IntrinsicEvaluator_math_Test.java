package dev.stepproof.toolkit.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import dev.stepproof.toolkit.internal.dataflow.StatesError;
import dev.stepproof.toolkit.internal.dataflow.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.stepproof.toolkit.internal.intrinsics.Calls.compile;
import static dev.stepproof.toolkit.internal.intrinsics.Calls.eval;
import static dev.stepproof.toolkit.internal.intrinsics.Calls.failure;
import static org.assertj.core.api.BDDAssertions.then;

class IntrinsicEvaluator_math_Test {

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource(delimiter = '|', value = {
            // AWS-recorded (localstack test_math_operations test_math_add): Java Math.round, half toward +infinity
            "1.49  | 1.5   | 3",
            "1.5   | 1.51  | 4",
            "-1.49 | -1.5  | -2",
            "-1.5  | -1.51 | -3",
            "1.49  | 0     | 1",
            "1.49  | -1.49 | 0",
            "-1.49 | 0     | -1",
            "0.5   | 0     | 1",
            "1.5   | 0     | 2",
            "2.5   | 0     | 3",
            "3.5   | 0     | 4",
            "-0.5  | 0.5   | 1",
            "-2.5  | 0     | -2",
            "-3.5  | 0     | -3",
            "5     | 3     | 8",
    })
    void should_add_rounded_operands(String a, String b, long expected) {
        // GIVEN
        String input = "{'fst': " + a + ", 'snd': " + b + "}";
        // WHEN
        JsonNode result = eval("States.MathAdd($.fst, $.snd)", input);
        // THEN
        then(result).isEqualTo(IntNode.valueOf((int) expected));
    }

    @Test
    void should_keep_large_sums_as_longs_and_fail_on_overflow() {
        // GIVEN / WHEN
        JsonNode big = eval("States.MathAdd($.a, 1)", "{'a': 2147483647}");
        StatesError overflow = failure("States.MathAdd($.a, 1)", "{'a': 9223372036854775807}");
        // THEN
        then(big).isEqualTo(LongNode.valueOf(2147483648L));
        then(overflow.error()).isEqualTo(StatesError.INTRINSIC_FAILURE);
    }

    @Test
    void should_add_literal_and_negative_operands() {
        // GIVEN / WHEN (as in the AWS-recorded nested call MathAdd(ArrayLength(…), -1))
        JsonNode result = eval("States.MathAdd(States.ArrayLength($.a), -1)", "{'a': [1, 2, 3]}");
        // THEN
        then(result).isEqualTo(IntNode.valueOf(2));
    }

    @Test
    void should_fail_to_add_non_numbers() {
        // GIVEN / WHEN
        StatesError error = failure("States.MathAdd($.a, 1)", "{'a': '5'}");
        // THEN
        then(error.error()).isEqualTo(StatesError.INTRINSIC_FAILURE);
        then(error.causeText()).isEqualTo("The function 'States.MathAdd($.a, 1)' had the following error: "
                + "Argument 1 must be a number, but is the string \"5\"");
    }

    @Test
    void should_draw_random_integers_within_both_bounds() {
        // GIVEN AWS-recorded bounds
        TestContext ctx = TestContext.of("{'fst': 9999, 'snd': 99999, 'neg': -99999, 'negEnd': -9999}");
        for (int i = 0; i < 200; i++) {
            // WHEN
            long positive = eval("States.MathRandom($.fst, $.snd)", ctx).longValue();
            long negative = eval("States.MathRandom($.neg, $.negEnd)", ctx).longValue();
            long tiny = eval("States.MathRandom(3, 4)", ctx).longValue();
            // THEN
            then(positive).isBetween(9999L, 99999L);
            then(negative).isBetween(-99999L, -9999L);
            then(tiny).isBetween(3L, 4L);
        }
    }

    @Test
    void should_round_non_integer_bounds() {
        // GIVEN (12.5, 44.51) succeeded on AWS
        TestContext ctx = TestContext.of("{}");
        for (int i = 0; i < 100; i++) {
            // WHEN
            JsonNode result = eval("States.MathRandom(12.5, 44.51)", ctx);
            // THEN
            then(result.isIntegralNumber()).isTrue();
            then(result.longValue()).isBetween(13L, 45L);
        }
    }

    @Test
    void should_give_the_same_number_for_the_same_seed() {
        // GIVEN
        IntrinsicEvaluator seeded = compile("States.MathRandom(1, 1000000, $.seed)");
        // WHEN
        JsonNode first = seeded.evaluate(TestContext.of("{'seed': 7}").withSeed(1));
        JsonNode second = seeded.evaluate(TestContext.of("{'seed': 7}").withSeed(2));
        // THEN the seed argument decides, not the execution's random source
        then(first).isEqualTo(second);
    }

    @Test
    void should_draw_from_the_execution_random_source_without_a_seed() {
        // GIVEN
        IntrinsicEvaluator random = compile("States.MathRandom(1, 1000000000)");
        // WHEN
        JsonNode first = random.evaluate(TestContext.of("{}").withSeed(5));
        JsonNode again = random.evaluate(TestContext.of("{}").withSeed(5));
        // THEN
        then(first).isEqualTo(again);
    }

    @Test
    void should_fail_when_start_exceeds_end() {
        // GIVEN / WHEN
        StatesError error = failure("States.MathRandom($.a, 1)", "{'a': 5}");
        // THEN
        then(error.causeText()).endsWith("The start 5 must not be greater than the end 1");
    }
}
