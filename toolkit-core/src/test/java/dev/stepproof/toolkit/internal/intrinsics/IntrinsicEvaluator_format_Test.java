package dev.stepproof.toolkit.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepproof.toolkit.internal.dataflow.StatesError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.stepproof.toolkit.internal.intrinsics.Calls.eval;
import static dev.stepproof.toolkit.internal.intrinsics.Calls.failure;
import static org.assertj.core.api.BDDAssertions.then;

class IntrinsicEvaluator_format_Test {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // AWS-recorded renderings (localstack test_generic test_format_1/2)
            "{'v': ''}                    | Formatting argument .",
            "{'v': ' '}                   | Formatting argument  .",
            "{'v': 'HelloWorld'}          | Formatting argument HelloWorld.",
            "{'v': null}                  | Formatting argument null.",
            "{'v': 1}                     | Formatting argument 1.",
            "{'v': 1.1}                   | Formatting argument 1.1.",
            "`{'v': '{\"Arg1\": 1}'}`     | `Formatting argument {\"Arg1\": 1}.`",
            "{'v': true}                  | Formatting argument true.",
    })
    void should_render_scalars_as_aws_does(String input, String expected) {
        // GIVEN / WHEN
        JsonNode result = eval("States.Format('Formatting argument {}.', $.v)", input);
        // THEN
        then(result).isEqualTo(TextNode.valueOf(expected));
    }

    @Test
    void should_render_objects_java_style_in_format() {
        // GIVEN an object, as AWS recorded it: {"Arg1":1,"Arg2":[]} -> {Arg1=1, Arg2=[]}
        String input = "{'fst': {'Arg1': 1, 'Arg2': []}, 'snd': {'Id': 'arn', 'Name': 'sm'}}";
        // WHEN
        JsonNode result = eval("States.Format('fst={} and snd={}.', $.fst, $.snd)", input);
        // THEN
        then(result.textValue()).isEqualTo("fst={Arg1=1, Arg2=[]} and snd={Id=arn, Name=sm}.");
    }

    @Test
    void should_render_arrays_and_nested_values_java_style() {
        // GIVEN
        String input = "{'a': [1, 'two', 2.5, null, {'k': [true]}], 'big': 1e20}";
        // WHEN
        JsonNode result = eval("States.Format('{} {}', $.a, $.big)", input);
        // THEN doubles print as Java prints a Double
        then(result.textValue()).isEqualTo("[1, two, 2.5, null, {k=[true]}] 1.0E20");
    }

    @Test
    void should_keep_escaped_braces_quotes_and_backslashes_literal() {
        // GIVEN the definition text States.Format('\{\} {} \'q\' \\', $.a) (written as \\{ in the JSON file)
        String call = "States.Format('\\{\\} {} \\'q\\' \\\\ \\{}', $.a)";
        // WHEN
        JsonNode result = eval(call, "{'a': 'X'}");
        // THEN
        then(result.textValue()).isEqualTo("{} X 'q' \\ {}");
    }

    @Test
    void should_format_literal_values_and_nested_calls() {
        // GIVEN / WHEN
        JsonNode result = eval("States.Format('{}-{}-{}-{}', 'a', 12, null, States.MathAdd(1, 2))");
        // THEN
        then(result.textValue()).isEqualTo("a-12-null-3");
    }

    @Test
    void should_take_a_template_from_a_path_without_escape_syntax() {
        // GIVEN the template value  Hello {}, \{ is {}  (a backslash in the data is just a character)
        String input = "{'t': 'Hello {}, \\\\{ is {}', 'a': 'you', 'b': 'here'}";
        // WHEN
        JsonNode result = eval("States.Format($.t, $.a, $.b)", input);
        // THEN
        then(result.textValue()).isEqualTo("Hello you, \\{ is here");
    }

    @Test
    void should_fail_when_placeholders_and_values_differ() {
        // GIVEN / WHEN
        StatesError error = failure("States.Format('{} and {}', $.a)", "{'a': 1}");
        // THEN
        then(error.error()).isEqualTo(StatesError.INTRINSIC_FAILURE);
        then(error.causeText()).isEqualTo("The function 'States.Format('{} and {}', $.a)' had the following error: "
                + "The template has 2 '{}' placeholders, but 1 value was given");
        then(error.prefixed()).isTrue();
    }

    @Test
    void should_fail_when_a_path_template_is_not_a_string() {
        // GIVEN / WHEN
        StatesError error = failure("States.Format($.t)", "{'t': 5}");
        // THEN
        then(error.error()).isEqualTo(StatesError.INTRINSIC_FAILURE);
        then(error.causeText()).endsWith("Argument 1 must be a string, but is the number 5");
    }
}
