package dev.stepproof.toolkit.internal.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepproof.toolkit.model.PathField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.stepproof.toolkit.internal.dataflow.TestContext.json;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

class ResultPathMergeTest {

    private static JsonNode merge(String path, JsonNode raw, JsonNode result) {
        return ResultPathMerge.compile(PathField.of(path)).apply(raw, result);
    }

    @Test
    void should_replace_the_input_with_the_result_when_absent_or_dollar() {
        // GIVEN
        JsonNode raw = json("{'a': 1}");
        JsonNode result = json("{'r': 2}");
        // WHEN / THEN
        then(ResultPathMerge.compile(PathField.ABSENT).apply(raw, result)).isSameAs(result);
        then(ResultPathMerge.compile(null).apply(raw, result)).isSameAs(result);
        then(merge("$", raw, result)).isSameAs(result);
    }

    @Test
    void should_keep_the_raw_input_when_null() {
        // GIVEN
        JsonNode raw = json("{'a': 1}");
        // WHEN / THEN
        then(ResultPathMerge.compile(PathField.NULL).apply(raw, json("{'r': 2}"))).isSameAs(raw);
    }

    @Test
    void should_create_intermediate_objects() {
        // GIVEN the spec's example
        JsonNode raw = json("{'a': 1}");
        // WHEN
        JsonNode merged = merge("$.b.greeting", raw, TextNode.valueOf("Hi!"));
        // THEN
        then(merged).isEqualTo(json("{'a': 1, 'b': {'greeting': 'Hi!'}}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "$.a                | {'a': 'R', 'b': {'c': [1, {'d': 2}]}}",
            "$.b.c              | {'a': 1, 'b': {'c': 'R'}}",
            "$.b.c[1].d         | {'a': 1, 'b': {'c': [1, {'d': 'R'}]}}",
            "$.b.c[-1].e        | {'a': 1, 'b': {'c': [1, {'d': 2, 'e': 'R'}]}}",
            "$['b']['c'][0]     | {'a': 1, 'b': {'c': ['R', {'d': 2}]}}",
            "`$.b.['new key']`  | {'a': 1, 'b': {'c': [1, {'d': 2}], 'new key': 'R'}}",
            "`$[\"it's\"].x`    | `{'a': 1, 'b': {'c': [1, {'d': 2}]}, \"it's\": {'x': 'R'}}`",
    })
    void should_overwrite_or_add_at_the_path_without_touching_the_raw_input(String path, String expected) {
        // GIVEN
        JsonNode raw = json("{'a': 1, 'b': {'c': [1, {'d': 2}]}}");
        JsonNode before = raw.deepCopy();
        // WHEN
        JsonNode merged = merge(path, raw, TextNode.valueOf("R"));
        // THEN
        then(merged).isEqualTo(json(expected));
        then(raw).isEqualTo(before);
    }

    @Test
    void should_share_everything_off_the_path_with_the_raw_input() {
        // GIVEN
        JsonNode raw = json("{'big': {'x': [1, 2, 3]}, 'spine': {'keep': {'y': 1}, 'old': 0}}");
        JsonNode result = json("{'r': true}");
        // WHEN
        JsonNode merged = merge("$.spine.old", raw, result);
        // THEN only the objects on the path are new
        then(merged).isNotSameAs(raw);
        then(merged.get("spine")).isNotSameAs(raw.get("spine"));
        then(merged.get("big")).isSameAs(raw.get("big"));
        then(merged.get("spine").get("keep")).isSameAs(raw.get("spine").get("keep"));
        then(merged.get("spine").get("old")).isSameAs(result);
        then(raw.get("spine").get("old")).isEqualTo(json("0"));
    }

    @Test
    void should_fail_with_a_catchable_result_path_match_failure_when_the_input_is_not_an_object() {
        // GIVEN a string raw input, as in the AWS case quoted by aws-cdk issue 29473
        JsonNode raw = TextNode.valueOf("{\"min_size\":10000}");
        ResultPathMerge path = ResultPathMerge.compile(PathField.of("$.partitioned"));
        // WHEN
        StatesError error = catchThrowableOfType(StatesError.class, () -> path.apply(raw, json("{}")));
        // THEN
        then(error.error()).isEqualTo(StatesError.RESULT_PATH_MATCH_FAILURE);
        then(error.prefixed()).isFalse();
        then(error.causeText()).isEqualTo("Unable to apply ReferencePath $.partitioned to input \"{\\\"min_size\\\":10000}\"");
    }

    @ParameterizedTest(name = "{0} into {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "$.a.b       | {'a': 5}",
            "$.a.b       | {'a': null}",
            "$.a[0]      | {'a': {}}",
            "$.a[3]      | {'a': [1]}",
            "$.missing[0] | {}",
            "$.a         | [1, 2]",
            "$[0]        | {'a': 1}",
            "$.a         | 3",
    })
    void should_fail_when_the_input_does_not_fit_the_path(String path, String raw) {
        // GIVEN
        ResultPathMerge merge = ResultPathMerge.compile(PathField.of(path));
        // WHEN
        StatesError error = catchThrowableOfType(StatesError.class, () -> merge.apply(json(raw), json("1")));
        // THEN
        then(error).isNotNull();
        then(error.error()).isEqualTo(StatesError.RESULT_PATH_MATCH_FAILURE);
        then(error.causeText()).startsWith("Unable to apply ReferencePath " + path + " to input ");
    }

    @Test
    void should_write_into_arrays_at_the_root() {
        // GIVEN / WHEN
        JsonNode merged = merge("$[1]", json("[1, 2, 3]"), json("'x'"));
        // THEN
        then(merged).isEqualTo(json("[1, 'x', 3]"));
    }

    @Test
    void should_compile_a_path_that_is_not_a_reference_path_into_a_runtime_failure() {
        // GIVEN
        ResultPathMerge merge = ResultPathMerge.compile(PathField.of("$.a[*]"));
        // WHEN
        StatesError error = catchThrowableOfType(StatesError.class, () -> merge.apply(json("{}"), json("1")));
        // THEN
        then(error.error()).isEqualTo(StatesError.RUNTIME);
        then(error.causeText()).startsWith("The value '$.a[*]' of the field 'ResultPath' cannot be evaluated: ");
    }
}
