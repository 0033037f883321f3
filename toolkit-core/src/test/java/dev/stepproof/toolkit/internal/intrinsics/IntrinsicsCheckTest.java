package dev.stepproof.toolkit.internal.intrinsics;

import dev.stepproof.toolkit.internal.path.Parsed;
import dev.stepproof.toolkit.internal.path.SyntaxError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Collections;

import static org.assertj.core.api.BDDAssertions.then;

class IntrinsicsCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "States.Format('Welcome to {} {}\\'s playlist.', $.firstName, $.lastName)",
            "States.StringToJson($.someString)",
            "States.JsonToString($.someJson)",
            "States.Array('Foo', 2020, $.someJson, null)",
            "States.ArrayPartition($.inputArray,4)",
            "States.ArrayContains($.inputArray, $.lookingFor)",
            "States.ArrayRange(1, 9, 2)",
            "States.ArrayRange(10, 0, -5)",
            "States.ArrayRange(0, 999, 1)",
            "States.ArrayGetItem($.inputArray, $.index)",
            "States.ArrayLength($.inputArray)",
            "States.ArrayUnique($.inputArray)",
            "States.Base64Encode($.input)",
            "States.Base64Decode($.base64)",
            "States.Hash($.Data, $.Algorithm)",
            "States.Hash('input data', 'SHA-1')",
            "States.JsonMerge($.json1, $.json2, false)",
            "States.MathRandom($.start, $.end)",
            "States.MathRandom(12.5, 44.51, 7)",
            "States.MathAdd($.value1, $.step)",
            "States.MathAdd(1.49, 1.5)",
            "States.StringSplit($.inputString, $.splitter)",
            "States.UUID()",
            "States.Format('{}', States.JsonToString($.x))",
            "States.ArrayGetItem(States.StringToJson($.x), 0)",
    })
    void should_accept_valid_calls(String text) {
        // GIVEN / WHEN
        Parsed<IntrinsicCall> parsed = Intrinsics.compile(text);
        // THEN
        then(parsed.failure()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
            "States.UUID(1) => States.UUID takes no arguments, but 1 was given => 0",
            "States.MathRandom(1) => States.MathRandom takes 2 or 3 arguments, but 1 was given => 0",
            "States.MathAdd(1, 2, 3) => States.MathAdd takes 2 arguments, but 3 were given => 0",
            "States.ArrayLength() => States.ArrayLength takes 1 argument, but 0 were given => 0",
            "States.Format() => States.Format takes at least 1 argument, but 0 were given => 0",
            "States.Array(States.UUID(1)) => States.UUID takes no arguments, but 1 was given => 13",
    })
    void should_reject_wrong_argument_counts(String text, String message, int offset) {
        // GIVEN / WHEN
        Parsed<IntrinsicCall> parsed = Intrinsics.compile(text);
        // THEN
        then(parsed.failure()).contains(new SyntaxError(message, offset));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
            "States.MathAdd(1,'-1') => Argument 2 of States.MathAdd must be a number, but is the string '-1' => 17",
            "States.MathAdd(true, 1) => Argument 1 of States.MathAdd must be a number, but is the boolean true => 15",
            "States.Format(1) => Argument 1 of States.Format must be a string, but is the number 1 => 14",
            "States.ArrayLength('abc') => Argument 1 of States.ArrayLength must be an array, but is the string 'abc' => 19",
            "States.ArrayLength(null) => Argument 1 of States.ArrayLength must be an array, but is null => 19",
            "States.ArrayLength(States.UUID()) => Argument 1 of States.ArrayLength must be an array, but is the result of States.UUID, which is a string => 19",
            "States.ArrayGetItem($.a, 1.5) => Argument 2 of States.ArrayGetItem must be an integer, but is the number 1.5 => 25",
            "States.ArrayRange(1, 'x', 1) => Argument 2 of States.ArrayRange must be an integer, but is the string 'x' => 21",
            "States.JsonMerge(States.Array(), $.b, false) => Argument 1 of States.JsonMerge must be an object, but is the result of States.Array, which is an array => 17",
            "States.JsonMerge($.a, $.b, 'false') => Argument 3 of States.JsonMerge must be a boolean, but is the string 'false' => 27",
            "States.StringSplit($.s, 1) => Argument 2 of States.StringSplit must be a string, but is the number 1 => 24",
            "States.Base64Encode(42) => Argument 1 of States.Base64Encode must be a string, but is the number 42 => 20",
            "States.Hash($.a, 'SHA256') => Argument 2 of States.Hash must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512, but is 'SHA256' => 17",
            "States.JsonMerge($.a, $.b, true) => Argument 3 of States.JsonMerge must be false; deep merging is not supported => 27",
            "States.ArrayRange(1, 2000, 1) => States.ArrayRange(1, 2000, 1) would produce 2000 items; at most 1000 are allowed => 0",
            "States.ArrayRange(1, 9, 0) => Argument 3 of States.ArrayRange (the step) must not be 0 => 24",
            "States.ArrayPartition($.a, 0) => Argument 2 of States.ArrayPartition must be a positive integer, but is 0 => 27",
            "States.ArrayGetItem($.a, -1) => Argument 2 of States.ArrayGetItem must be a non-negative integer, but is -1 => 25",
    })
    void should_reject_literal_arguments_of_the_wrong_type_or_value(String text, String message, int offset) {
        // GIVEN / WHEN
        Parsed<IntrinsicCall> parsed = Intrinsics.compile(text);
        // THEN
        then(parsed.failure()).contains(new SyntaxError(message, offset));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
            "States.Format('{} {}', 1) => The template of States.Format has 2 '{}' placeholders, but 1 value follows => 14",
            "States.Format('\\{}', 1) => The template of States.Format has 0 '{}' placeholders, but 1 value follows => 14",
            "States.Format('{}') => The template of States.Format has 1 '{}' placeholder, but 0 values follow => 14",
            "States.Array(States.Format('{}{}', 1)) => The template of States.Format has 2 '{}' placeholders, but 1 value follows => 27",
    })
    void should_report_format_placeholder_mismatches_separately(String text, String message, int offset) {
        // GIVEN a call that compiles: AWS's own documentation shows such a mismatch, so it is no syntax error
        IntrinsicCall call = Intrinsics.compile(text).orElseThrow();
        // WHEN / THEN
        then(Intrinsics.formatPlaceholderMismatch(call)).contains(new SyntaxError(message, offset));
    }

    @ParameterizedTest
    @ValueSource(strings = {"States.Format('{} and {}', $.a, 'b')", "States.Format($.template, $.a)",
            "States.Format('\\{\\} {}', 1)", "States.UUID()"})
    void should_find_no_placeholder_mismatch_when_counts_agree_or_are_unknown(String text) {
        // GIVEN
        IntrinsicCall call = Intrinsics.compile(text).orElseThrow();
        // WHEN / THEN
        then(Intrinsics.formatPlaceholderMismatch(call)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(IntrinsicFunction.class)
    void should_know_each_function_by_its_exact_name(IntrinsicFunction function) {
        // GIVEN
        String name = function.functionName();
        // WHEN / THEN
        then(IntrinsicFunction.forName(name)).isEqualTo(function);
        then(IntrinsicFunction.forName(name.toUpperCase(java.util.Locale.ROOT))).isNull();
    }

    @ParameterizedTest
    @EnumSource(IntrinsicFunction.class)
    void should_accept_each_function_with_path_arguments(IntrinsicFunction function) {
        // GIVEN as many path arguments as the function's minimum, or 1 for variadic functions
        int count = Math.max(function.minArgs(), function.maxArgs() == Integer.MAX_VALUE ? 1 : 0);
        String text = function.functionName() + "(" + String.join(", ", Collections.nCopies(count, "$.x")) + ")";
        // WHEN
        Parsed<IntrinsicCall> parsed = Intrinsics.compile(text);
        // THEN
        then(parsed.failure()).as(text).isEmpty();
    }
}
