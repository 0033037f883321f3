package dev.stepproof.toolkit.internal.dataflow;

import dev.stepproof.toolkit.internal.path.JsonPathExpr;
import org.junit.jupiter.api.Test;

import static dev.stepproof.toolkit.internal.dataflow.TestContext.json;
import static org.assertj.core.api.BDDAssertions.then;

class CausesTest {

    private static JsonPathExpr path(String text) {
        return JsonPathExpr.compile(text).orElseThrow();
    }

    @Test
    void should_word_field_not_found_as_aws_does() {
        // GIVEN / WHEN
        String cause = Causes.fieldNotFound(path("$.application.address"), "address.$", TestContext.of("{'flagged':false}"));
        // THEN the text AWS shows in the Step Functions workshop
        then(cause).isEqualTo("The JSONPath '$.application.address' specified for the field 'address.$' could not be "
                + "found in the input '{\"flagged\":false}'");
    }

    @Test
    void should_word_invalid_path_as_aws_does() {
        // GIVEN / WHEN / THEN
        then(Causes.invalidPath("$.NoSuch", "No results for path: $['NoSuch']"))
                .isEqualTo("Invalid path '$.NoSuch' : No results for path: $['NoSuch']");
    }

    @Test
    void should_word_seconds_path_and_intrinsic_failures() {
        // GIVEN / WHEN / THEN
        then(Causes.secondsPathNotFound("$.s")).isEqualTo("The SecondsPath parameter does not reference an input value: $.s");
        then(Causes.intrinsicFailure("States.X()", "boom")).isEqualTo("The function 'States.X()' had the following error: boom");
        then(Causes.intrinsicArgumentNotFound("States.Array($.a)", path("$.a"), TestContext.of("{}")))
                .isEqualTo("The function 'States.Array($.a)' had the following error: The JsonPath argument for the field "
                        + "'$.a' could not be found in the input '{}'");
    }

    @Test
    void should_word_result_path_mismatch_and_not_compiled() {
        // GIVEN / WHEN / THEN
        then(Causes.resultPathMismatch("$.a", json("'s'"))).isEqualTo("Unable to apply ReferencePath $.a to input \"s\"");
        then(Causes.notCompiled("x.$", "'$.a['", "broken")).isEqualTo("The value '$.a[' of the field 'x.$' cannot be evaluated: broken");
    }
}
