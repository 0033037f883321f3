package dev.stepproof.toolkit.internal.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.stepproof.toolkit.internal.jsonata.TestScope.json;
import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

/** Evaluation of one {@code {% %}} expression: bindings, results, AWS's functions and cause texts. */
class JsonataExpressionTest {

    private static final TestScope SCOPE = TestScope.input("{'a': 1, 'n': null, 'items': [1, 'two', true], 'one': [0]}")
            .withVariable("x", "42").withVariable("nothing", "null");

    private static JsonNode eval(String expression, JsonataScope scope) {
        return JsonataExpression.ofTemplate("{% " + expression + " %}", "Output").evaluate(scope);
    }

    private static String cause(String expression, JsonataScope scope) {
        return ((JsonataError) catchThrowable(() -> eval(expression, scope))).causeText();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "$states.input.a + $x              | 43",
            "$states.input.items               | [1, 'two', true]",
            "$states.input.one                 | [0]",
            "$states.input.n                   | null",
            "$nothing                          | null",
            "null                              | null",
            "$states.context.State.Name        | 'S'",
            "$keys($states)                    | ['input', 'context']",
            "$states.input.items[1]            | 'two'",
            "{'a': $nope, 'b': 1}              | {'b': 1}",
            "$sum([1.5, 1.5])                  | 3",
            "$range(1, 9, 9)                   | 1",
            "$range(0, 10, 3)                  | [0, 3, 6, 9]",
            "$range(3, 0, -1.5)                | [3, 1.5, 0]",
            "$partition([0], 1)                | [[0]]",
            "$partition([0, 1, 2, 3, 4], 2)    | [[0, 1], [2, 3], [4]]",
            "$parse('-0')                      | 0",
            "$parse('{\"Arg1\": 1, \"Arg2\": []}') | {'Arg1': 1, 'Arg2': []}",
            "$hash('abc', 'MD5')               | '900150983cd24fb0d6963f7d28e17f72'",
            "$random(4) = $random(4)           | true",
            "$now()                            | '2024-05-01T12:00:00.000Z'",
            "$millis()                         | 1714564800000",
            "$contains('hello$world', /^hello\\$/) | true",
    })
    void should_evaluate_against_states_and_variables(String expression, String expected) {
        // GIVEN / WHEN
        JsonNode value = eval(expression, SCOPE);
        // THEN
        then(value).isEqualTo(json(expected));
    }

    @Test
    void should_return_states_itself_as_json() {
        // GIVEN
        TestScope scope = TestScope.input("{'a': 1}").withResult("[2]");
        // WHEN
        JsonNode states = eval("$states", scope);
        // THEN
        then(states).isEqualTo(json("{'input': {'a': 1}, 'result': [2], 'context': {'State': {'Name': 'S', "
                + "'EnteredTime': '2024-05-01T12:00:00.000Z'}}}"));
    }

    @Test
    void should_offer_result_and_error_output_only_where_the_state_defines_them() {
        // GIVEN
        TestScope withResult = TestScope.input("{}").withResult("{'r': 1}").withErrorOutput("{'Error': 'E'}");
        // WHEN / THEN
        then(eval("$states.result.r", withResult)).isEqualTo(json("1"));
        then(eval("$states.errorOutput.Error", withResult)).isEqualTo(json("'E'"));
        then(cause("$states.result", SCOPE)).isEqualTo(
                "The JSONata expression '$states.result' specified for the field 'Output' returned nothing (undefined).");
    }

    @Test
    void should_draw_random_values_and_uuids_from_the_scope() {
        // GIVEN
        TestScope first = TestScope.input("{}");
        TestScope second = TestScope.input("{}");
        // WHEN
        JsonNode a = eval("[$random(), $uuid(), $shuffle([1, 2, 3, 4, 5])]", first);
        JsonNode b = eval("[$random(), $uuid(), $shuffle([1, 2, 3, 4, 5])]", second);
        // THEN
        then(a).isEqualTo(b);
        then(a.get(1).textValue()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "$doesNotExist            | returned nothing (undefined).",
            "$states.input.missing    | returned nothing (undefined).",
            "$fn := function($x){$x}  | returned an unsupported result type.",
            "$eval('1')               | threw an error during evaluation. T1006: Attempted to invoke a non-function",
            "$randomSeeded(1)         | threw an error during evaluation. T1006: Attempted to invoke a non-function",
            "$abs('x')                | threw an error during evaluation. T0410: Argument 1 of function \"abs\" does not match function signature",
            "$partition('a', 'b')     | threw an error during evaluation. T0410: Argument 2 of function \"partition\" does not match function signature",
            "$hash('a', 'SHA-3')      | threw an error during evaluation: The algorithm argument of $hash must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512, but was 'SHA-3'",
            "$range(0, 1, 0)          | threw an error during evaluation: The step argument of $range must not be 0",
            "($f := function($n){ 1 + $f($n + 1) }; $f(0)) | threw an error during evaluation: Stack overflow error: Check for non-terminating recursive function.  Consider rewriting as tail-recursive.",
    })
    void should_fail_with_aws_cause_texts(String expression, String ending) {
        // GIVEN / WHEN
        String cause = cause(expression, SCOPE);
        // THEN
        then(cause).isEqualTo("The JSONata expression '" + expression + "' specified for the field 'Output' " + ending);
    }

    @Test
    void should_stop_nesting_deeper_than_aws_allows() {
        // GIVEN 200 terms fail on AWS (3P, measured), 50 do not
        String deep = "1" + "+1".repeat(199);
        String shallow = "1" + "+1".repeat(49);
        // WHEN / THEN
        then(cause(deep, SCOPE)).endsWith("threw an error during evaluation: " + EvaluationProbe.STACK_OVERFLOW);
        then(eval(shallow, SCOPE)).isEqualTo(json("50"));
    }

    @Test
    void should_not_leak_bindings_from_one_evaluation_into_the_next() {
        // GIVEN jsonata-java 0.9.8 rewrites the environment of the thread's "current" instance on every evaluation
        JsonataExpression reads = JsonataExpression.ofTemplate("{% $x %}", "Output");
        // WHEN
        JsonNode bound = reads.evaluate(SCOPE);
        Throwable unbound = catchThrowable(() -> reads.evaluate(TestScope.input("{}")));
        // THEN
        then(bound).isEqualTo(json("42"));
        then(unbound).isInstanceOf(JsonataError.class).hasMessageEndingWith("returned nothing (undefined).");
    }

    @Test
    void should_fail_when_evaluated_if_the_expression_does_not_parse() {
        // GIVEN the validator rejects this; an unvalidated definition fails at run time instead of at load
        JsonataExpression broken = JsonataExpression.ofTemplate("{% 1 + %}", "Arguments/x");
        // WHEN
        Throwable thrown = catchThrowable(() -> broken.evaluate(SCOPE));
        // THEN
        then(((JsonataError) thrown).causeText()).startsWith(
                "The JSONata expression '1 +' specified for the field 'Arguments/x' threw an error during evaluation. S0");
        then(((JsonataError) thrown).location()).isEqualTo("Arguments/x");
    }
}
