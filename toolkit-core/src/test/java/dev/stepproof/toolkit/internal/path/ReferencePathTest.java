package dev.stepproof.toolkit.internal.path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.BDDAssertions.then;

class ReferencePathTest {

    @ParameterizedTest
    @ValueSource(strings = {"$", "$.a", "$.a.b[0]", "$['a b'].c[-1]", "$$.Execution.Input", "$var", "$var.x[2]",
            "$.input-foo-bar", "$.AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID"})
    void should_accept_names_and_single_indexes(String text) {
        // GIVEN / WHEN
        Parsed<JsonPathExpr> parsed = ReferencePath.compile(text);
        // THEN
        then(parsed.isOk()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "$.a[*]           | 4",
            "$..a             | 1",
            "$.a[0,1]         | 5",
            "$.a[1:2]         | 5",
            "$.a[?(@.b)]      | 4",
            "$['a','b']       | 5",
            "$.*              | 2",
            "$.a.length()     | 10",
    })
    void should_reject_operators_at_their_position(String text, int offset) {
        // GIVEN / WHEN
        Parsed<JsonPathExpr> parsed = ReferencePath.compile(text);
        // THEN
        then(parsed.failure()).contains(new SyntaxError("A reference path may only use names and single indexes such as "
                + "$.a.b[0], not wildcards, slices, unions, filters, '..' or functions", offset));
    }

    @ParameterizedTest
    @ValueSource(strings = {".guid", "..guid", "()", "$..."})
    void should_reject_what_is_no_path_at_all(String text) {
        // GIVEN / WHEN
        Parsed<JsonPathExpr> parsed = ReferencePath.compile(text);
        // THEN
        then(parsed.isOk()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "$$.a   | This reference path cannot start with '$$'; the context object is read-only",
            "$foo   | This reference path cannot be a variable; it must start with '$'",
    })
    void should_reject_context_and_variables_where_the_path_is_written_to(String text, String message) {
        // GIVEN / WHEN
        Parsed<JsonPathExpr> parsed = ReferencePath.compileInputRooted(text);
        // THEN
        then(parsed.failure()).contains(new SyntaxError(message, 0));
    }
}
