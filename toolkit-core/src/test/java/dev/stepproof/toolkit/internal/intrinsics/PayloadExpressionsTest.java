package dev.stepproof.toolkit.internal.intrinsics;

import dev.stepproof.toolkit.internal.path.Parsed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.BDDAssertions.then;

class PayloadExpressionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"$", "$.g1", "$.b[23]", "$.x.y.z[2]", "$$", "$$.g5", "$savedUser", "$user.ids[0]",
            "$.items[?(@.a > 1)]", "States.Format('Order {}', $.order.id)", "States.UUID()"})
    void should_accept_paths_variables_and_intrinsics(String value) {
        // GIVEN / WHEN / THEN
        then(PayloadExpressions.check(value)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
            "23 => '23' is neither a JSONPath ('$…'), a context path ('$$…'), a variable reference ('$name…') nor an intrinsic function call ('States.Name(…)')",
            "` States.Array('Foo', $.xyz, 'Bar', 2.3)` => ' States.Array('Foo', $.xyz, 'Bar', 2.3)' is neither a JSONPath ('$…'), a context path ('$$…'), a variable reference ('$name…') nor an intrinsic function call ('States.Name(…)')",
            "$$23 => Invalid JSONPath '$$23': Unexpected character '2'; expected '.', '[' or the end of the path at position 2",
            "$.a[ => Invalid JSONPath '$.a[': Unclosed '[' at position 3",
            "States.MathAdd(1,'-1') => Invalid intrinsic function call 'States.MathAdd(1,'-1')': Argument 2 of States.MathAdd must be a number, but is the string '-1' at position 17",
            "States.format('x') => Invalid intrinsic function call 'States.format('x')': Unknown intrinsic function 'States.format'; did you mean 'States.Format'? Names are case-sensitive at position 0",
    })
    void should_explain_what_is_wrong(String value, String message) {
        // GIVEN / WHEN / THEN
        then(PayloadExpressions.check(value)).contains(message);
    }

    @Test
    void should_reject_null_and_empty_values() {
        // GIVEN / WHEN / THEN
        then(PayloadExpressions.check(null)).isPresent();
        then(PayloadExpressions.check("")).isPresent();
    }

    @Test
    void should_compile_to_a_path_or_a_call() {
        // GIVEN / WHEN
        PayloadExpression path = PayloadExpressions.compile("$.a").orElseThrow();
        PayloadExpression call = PayloadExpressions.compile("States.UUID()").orElseThrow();
        // THEN
        then(path).isInstanceOf(PayloadExpression.PathValue.class);
        then(path.text()).isEqualTo("$.a");
        then(call).isInstanceOf(PayloadExpression.Call.class);
        then(((PayloadExpression.Call) call).call().function()).isEqualTo(IntrinsicFunction.UUID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"$.Error", "$$.Execution.Name", "$err.cause", "States.UUID()",
            "States.Format('{}{}', $.field1, $field2)",
            "States.Format('this is the error: {}, and this is the cause: {}', $.Error, $.Cause)",
            "States.JsonToString($.a)", "States.ArrayGetItem($.a, 0)", "States.Base64Encode($.a)",
            "States.Base64Decode($.a)", "States.Hash($.a, 'MD5')", "States.Format('{}', States.ArrayLength($.a))"})
    void should_accept_reference_paths_and_string_intrinsics_for_fail_paths(String value) {
        // GIVEN / WHEN / THEN
        then(PayloadExpressions.checkFailPath(value)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
            "$.a[*] => Invalid JSONPath '$.a[*]': A reference path may only use names and single indexes such as $.a.b[0], not wildcards, slices, unions, filters, '..' or functions at position 4",
            "States.MathAdd(1, 2) => Invalid intrinsic function call 'States.MathAdd(1, 2)': States.MathAdd cannot be used here; ErrorPath and CausePath allow only States.Format, States.JsonToString, States.ArrayGetItem, States.Base64Encode, States.Base64Decode, States.Hash and States.UUID at position 0",
            "oops => 'oops' is neither a reference path ('$…', '$$…', '$name…') nor an intrinsic function call ('States.Name(…)')",
    })
    void should_reject_other_fail_path_values(String value, String message) {
        // GIVEN / WHEN / THEN
        then(PayloadExpressions.checkFailPath(value)).contains(message);
    }

    @Test
    void should_keep_the_compiled_fail_path() {
        // GIVEN / WHEN
        Parsed<PayloadExpression> parsed = PayloadExpressions.compileFailPath("$.Cause");
        // THEN
        then(parsed.orElseThrow().text()).isEqualTo("$.Cause");
    }
}
