package dev.stepproof.toolkit.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepproof.toolkit.internal.dataflow.StatesError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.stepproof.toolkit.internal.intrinsics.Calls.eval;
import static dev.stepproof.toolkit.internal.intrinsics.Calls.failure;
import static dev.stepproof.toolkit.internal.intrinsics.Calls.json;
import static org.assertj.core.api.BDDAssertions.then;

class IntrinsicEvaluator_json_Test {

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // AWS-recorded (localstack test_json_manipulation test_string_to_json)
            "``                         | null",
            "` `                        | null",
            "null                       | null",
            "-0                         | 0",
            "1                          | 1",
            "1.1                        | 1.1",
            "true                       | true",
            "`\"HelloWorld\"`           | `\"HelloWorld\"`",
            "`{\"Arg1\": 1, \"Arg2\": []}` | `{\"Arg1\": 1, \"Arg2\": []}`",
            "`[1, 2, \"HelloWorld\"]`   | `[1, 2, \"HelloWorld\"]`",
    })
    void should_parse_strings_as_json(String text, String expected) {
        // GIVEN
        JsonNode input = json("{}");
        ((com.fasterxml.jackson.databind.node.ObjectNode) input).put("s", text);
        // WHEN
        JsonNode result = eval("States.StringToJson($.s)", dev.stepproof.toolkit.internal.dataflow.TestContext.of(input));
        // THEN
        then(result).isEqualTo(json(expected));
    }

    @Test
    void should_parse_a_literal_with_escaped_quotes() {
        // GIVEN the AWS-recorded literal States.StringToJson('{"constant_in_literal": "false"}')
        // WHEN
        JsonNode result = eval("States.StringToJson('{\"constant_in_literal\": \"false\"}')");
        // THEN
        then(result).isEqualTo(json("{'constant_in_literal': 'false'}"));
    }

    @Test
    void should_fail_on_invalid_json() {
        // GIVEN / WHEN
        StatesError bad = failure("States.StringToJson($.s)", "{'s': '{\"a\": '}");
        StatesError trailing = failure("States.StringToJson($.s)", "{'s': '1 2'}");
        // THEN
        then(bad.error()).isEqualTo(StatesError.INTRINSIC_FAILURE);
        then(bad.causeText()).startsWith("The function 'States.StringToJson($.s)' had the following error: "
                + "The string is not valid JSON: ");
        then(trailing.error()).isEqualTo(StatesError.INTRINSIC_FAILURE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // AWS-recorded (localstack test_json_manipulation test_json_to_string)
            "1                              | 1",
            "`\"HelloWorld\"`               | `\"HelloWorld\"`",
            "`{\"Arg1\": 1, \"Arg2\": []}`  | `{\"Arg1\":1,\"Arg2\":[]}`",
            "null                           | null",
            "`[1.5, \"a\\nb\", {}]`          | `[1.5,\"a\\nb\",{}]`",
    })
    void should_serialise_compactly(String value, String expected) {
        // GIVEN
        String input = "{\"v\": " + value + "}";
        // WHEN
        JsonNode result = eval("States.JsonToString($.v)", input);
        // THEN
        then(result).isEqualTo(TextNode.valueOf(expected));
    }

    @Test
    void should_merge_shallowly_with_the_second_object_winning() {
        // GIVEN the AWS-recorded case: nested objects are replaced whole
        String input = "{'fst': {'a': {'a1': 1, 'a2': 2}, 'b': 2, 'd': 3}, 'snd': {'a': {'a3': 1, 'a4': 2}, 'c': 3, 'd': 4}}";
        // WHEN
        JsonNode result = eval("States.JsonMerge($.fst, $.snd, false)", input);
        // THEN
        then(result).isEqualTo(json("{'a': {'a3': 1, 'a4': 2}, 'b': 2, 'c': 3, 'd': 4}"));
    }

    @Test
    void should_not_modify_the_merged_objects() {
        // GIVEN
        JsonNode input = json("{'fst': {'a': 1}, 'snd': {'a': 2, 'b': 3}}");
        JsonNode before = input.deepCopy();
        // WHEN
        eval("States.JsonMerge($.fst, $.snd, false)", dev.stepproof.toolkit.internal.dataflow.TestContext.of(input));
        // THEN
        then(input).isEqualTo(before);
    }

    @Test
    void should_fail_on_a_deep_merge_or_non_objects() {
        // GIVEN / WHEN
        StatesError deep = failure("States.JsonMerge($.a, $.a, $.deep)", "{'a': {}, 'deep': true}");
        StatesError notObject = failure("States.JsonMerge($.a, $.b, false)", "{'a': {}, 'b': [1]}");
        // THEN
        then(deep.error()).isEqualTo(StatesError.INTRINSIC_FAILURE);
        then(deep.causeText()).endsWith("Deep merging is not supported; the third argument must be false");
        then(notObject.causeText()).endsWith("Argument 2 must be an object, but is an array");
    }

    @Test
    void should_give_json_null_for_an_empty_string() {
        // GIVEN / WHEN
        JsonNode result = eval("States.StringToJson('')");
        // THEN
        then(result).isSameAs(NullNode.getInstance());
    }
}
