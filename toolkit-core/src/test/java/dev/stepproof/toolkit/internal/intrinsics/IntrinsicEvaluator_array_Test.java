package dev.stepproof.toolkit.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.stepproof.toolkit.internal.dataflow.StatesError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.stepproof.toolkit.internal.intrinsics.Calls.eval;
import static dev.stepproof.toolkit.internal.intrinsics.Calls.failure;
import static dev.stepproof.toolkit.internal.intrinsics.Calls.json;
import static org.assertj.core.api.BDDAssertions.then;

class IntrinsicEvaluator_array_Test {

    @Test
    void should_build_an_empty_array_from_no_arguments() {
        // GIVEN / WHEN / THEN (AWS-recorded)
        then(eval("States.Array()")).isEqualTo(json("[]"));
    }

    @Test
    void should_build_an_array_of_literals_paths_and_calls_in_order() {
        // GIVEN
        String input = "{'o': {'Arg1': 1, 'Arg2': []}, 'n': null}";
        // WHEN
        JsonNode result = eval("States.Array('a', 1, 1.5, true, null, $.o, $.n, States.Array())", input);
        // THEN
        then(result).isEqualTo(json("['a', 1, 1.5, true, null, {'Arg1': 1, 'Arg2': []}, null, []]"));
        then(result.get(1)).isInstanceOf(IntNode.class);
    }

    @Test
    void should_share_argument_nodes_instead_of_copying_them() {
        // GIVEN
        JsonNode input = json("{'o': {'deep': [1, 2]}}");
        // WHEN
        JsonNode result = eval("States.Array($.o)", dev.stepproof.toolkit.internal.dataflow.TestContext.of(input));
        // THEN
        then(result.get(0)).isSameAs(input.get("o"));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @CsvSource(delimiter = '|', value = {
            // AWS-recorded (localstack test_array test_array_partition)
            "[]           | 1 | []",
            "[]           | 5 | []",
            "[0]          | 1 | [[0]]",
            "[0, 1]       | 3 | [[0, 1]]",
            "[0, 1, 2]    | 1 | [[0], [1], [2]]",
            "[0, 1, 2]    | 2 | [[0, 1], [2]]",
            "[0, 1, 2]    | 3 | [[0, 1, 2]]",
            "[0, 1, 2, 3] | 2 | [[0, 1], [2, 3]]",
            "[0, 1, 2, 3] | 3 | [[0, 1, 2], [3]]",
    })
    void should_partition_arrays_into_chunks(String array, int size, String expected) {
        // GIVEN
        String input = "{'fst': " + array + ", 'snd': " + size + "}";
        // WHEN
        JsonNode result = eval("States.ArrayPartition($.fst, $.snd)", input);
        // THEN
        then(result).isEqualTo(json(expected));
    }

    @Test
    void should_fail_to_partition_by_a_size_below_one() {
        // GIVEN / WHEN
        StatesError error = failure("States.ArrayPartition($.a, $.n)", "{'a': [1], 'n': 0}");
        // THEN
        then(error.error()).isEqualTo(StatesError.INTRINSIC_FAILURE);
        then(error.causeText()).isEqualTo("The function 'States.ArrayPartition($.a, $.n)' had the following error: "
                + "The chunk size must be a positive integer, but is 0");
    }

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            // AWS-recorded (localstack test_array test_array_contains)
            "[]                    | null      | false",
            "[]                    | 1         | false",
            "[[1, 2, 3], 2]        | [1, 2, 3] | true",
            "[true, false]         | false     | true",
            // deep equality, numbers by value
            "[{'a': {'b': [1]}}]   | {'a': {'b': [1.0]}} | true",
            "[1, 2]                | 2.0       | true",
            "['1']                 | 1         | false",
    })
    void should_find_values_by_deep_equality(String array, String value, boolean expected) {
        // GIVEN
        String input = "{'fst': " + array + ", 'snd': " + value + "}";
        // WHEN
        JsonNode result = eval("States.ArrayContains($.fst, $.snd)", input);
        // THEN
        then(result).isEqualTo(BooleanNode.valueOf(expected));
    }

    @ParameterizedTest(name = "({0}, {1}, {2})")
    @CsvSource(delimiter = '|', value = {
            // AWS-recorded (localstack test_array test_array_range)
            "0 | 9  | 3  | [0, 3, 6, 9]",
            "0 | 10 | 3  | [0, 3, 6, 9]",
            "1 | 9  | 9  | [1]",
            "1 | 10 | 2  | [1, 3, 5, 7, 9]",
            // not recorded: descending with a negative step, empty when the direction is wrong
            "5 | 1  | -2 | [5, 3, 1]",
            "5 | 1  | 2  | []",
    })
    void should_build_ranges_up_to_the_last_value(long first, long last, long step, String expected) {
        // GIVEN
        String input = "{'fst': " + first + ", 'snd': " + last + ", 'trd': " + step + "}";
        // WHEN
        JsonNode result = eval("States.ArrayRange($.fst, $.snd, $.trd)", input);
        // THEN
        then(result).isEqualTo(json(expected));
    }

    @Test
    void should_allow_ranges_of_exactly_one_thousand_items() {
        // GIVEN / WHEN
        JsonNode result = eval("States.ArrayRange($.a, $.b, 1)", "{'a': 1, 'b': 1000}");
        // THEN
        then(result).hasSize(1000);
        then(result.get(999).intValue()).isEqualTo(1000);
    }

    @Test
    void should_fail_on_ranges_of_more_than_one_thousand_items() {
        // GIVEN / WHEN
        StatesError error = failure("States.ArrayRange($.a, $.b, 1)", "{'a': 0, 'b': 1000}");
        // THEN
        then(error.error()).isEqualTo(StatesError.INTRINSIC_FAILURE);
        then(error.causeText()).endsWith("The range would have 1001 items, but at most 1000 are allowed");
    }

    @Test
    void should_fail_on_huge_ranges_without_allocating_them() {
        // GIVEN / WHEN
        StatesError error = failure("States.ArrayRange($.a, $.b, 1)", "{'a': -9223372036854775808, 'b': 9223372036854775807}");
        // THEN
        then(error.causeText()).contains("at most 1000 are allowed");
    }

    @Test
    void should_fail_on_a_zero_step_or_non_integer_bounds() {
        // GIVEN / WHEN
        StatesError zero = failure("States.ArrayRange(1, 5, $.s)", "{'s': 0}");
        StatesError fraction = failure("States.ArrayRange($.a, 5, 1)", "{'a': 1.5}");
        // THEN
        then(zero.causeText()).endsWith("The step must not be 0");
        then(fraction.causeText()).endsWith("Argument 1 must be an integer, but is the number 1.5");
    }

    @Test
    void should_accept_integral_numbers_written_with_a_fraction() {
        // GIVEN / WHEN
        JsonNode result = eval("States.ArrayRange($.a, 4, 2)", "{'a': 0.0}");
        // THEN
        then(result).isEqualTo(json("[0, 2, 4]"));
    }

    @Test
    void should_get_items_by_zero_based_index() {
        // GIVEN / WHEN (the documentation's example)
        JsonNode result = eval("States.ArrayGetItem($.inputArray, $.index)", "{'inputArray': [1,2,3,4,5,6,7,8,9], 'index': 5}");
        // THEN
        then(result).isEqualTo(IntNode.valueOf(6));
    }

    @Test
    void should_fail_on_an_index_outside_the_array() {
        // GIVEN / WHEN
        StatesError error = failure("States.ArrayGetItem($.a, $.i)", "{'a': [1, 2, 3], 'i': 3}");
        // THEN
        then(error.error()).isEqualTo(StatesError.INTRINSIC_FAILURE);
        then(error.causeText()).endsWith("The index 3 is outside the array of size 3");
    }

    @Test
    void should_count_items() {
        // GIVEN / WHEN (AWS-recorded)
        JsonNode result = eval("States.ArrayLength($.FunctionInput)", "{'FunctionInput': [1,2,3,4,5,6,7,8,9]}");
        // THEN
        then(result).isEqualTo(IntNode.valueOf(9));
    }

    @Test
    void should_fail_to_count_something_that_is_not_an_array() {
        // GIVEN / WHEN
        StatesError error = failure("States.ArrayLength($.s)", "{'s': 'abc'}");
        // THEN
        then(error.causeText()).isEqualTo("The function 'States.ArrayLength($.s)' had the following error: "
                + "Argument 1 must be an array, but is the string \"abc\"");
    }

    @Test
    void should_keep_first_occurrences_when_removing_duplicates() {
        // GIVEN the documentation's example, plus deep and numeric duplicates
        String input = "{'a': [1, 2, 3, 3, 3, 4], 'b': [{'k': [1]}, 1, {'k': [1.0]}, 1.0, 'x', 'x', null, null]}";
        // WHEN
        JsonNode plain = eval("States.ArrayUnique($.a)", input);
        JsonNode deep = eval("States.ArrayUnique($.b)", input);
        // THEN
        then(plain).isEqualTo(json("[1, 2, 3, 4]"));
        then(deep).isEqualTo(json("[{'k': [1]}, 1, 'x', null]"));
    }
}
