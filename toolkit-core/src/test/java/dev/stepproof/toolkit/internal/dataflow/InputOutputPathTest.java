package dev.stepproof.toolkit.internal.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.model.PathField;
import org.junit.jupiter.api.Test;

import static dev.stepproof.toolkit.internal.dataflow.TestContext.json;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

class InputOutputPathTest {

    private static final JsonNode INPUT = json("{'a': {'b': [10, 20]}, 'items': [{'v': 1}, {'v': 2}], 'n': null}");

    private static JsonNode apply(PathField field, TestContext ctx) {
        return InputOutputPath.compile(field).apply(ctx.input(), ctx);
    }

    private static StatesError failure(String path, JsonNode input) {
        InputOutputPath compiled = InputOutputPath.compile(PathField.of(path));
        return catchThrowableOfType(StatesError.class, () -> compiled.apply(input, TestContext.of(input)));
    }

    @Test
    void should_pass_the_document_through_when_absent_or_dollar() {
        // GIVEN
        TestContext ctx = TestContext.of(INPUT);
        // WHEN / THEN
        then(apply(PathField.ABSENT, ctx)).isSameAs(INPUT);
        then(apply(null, ctx)).isSameAs(INPUT);
        then(apply(PathField.of("$"), ctx)).isSameAs(INPUT);
    }

    @Test
    void should_give_an_empty_object_when_null() {
        // GIVEN / WHEN
        JsonNode result = apply(PathField.NULL, TestContext.of(INPUT));
        // THEN
        then(result).isEqualTo(json("{}"));
    }

    @Test
    void should_select_a_definite_path_without_copying() {
        // GIVEN / WHEN
        JsonNode result = apply(PathField.of("$.a.b"), TestContext.of(INPUT));
        // THEN
        then(result).isSameAs(INPUT.get("a").get("b"));
        then(apply(PathField.of("$.n"), TestContext.of(INPUT))).isEqualTo(json("null"));
    }

    @Test
    void should_gather_indefinite_matches_into_an_array() {
        // GIVEN / WHEN
        JsonNode values = apply(PathField.of("$.items[*].v"), TestContext.of(INPUT));
        JsonNode none = apply(PathField.of("$.items[?(@.v > 5)]"), TestContext.of(INPUT));
        // THEN
        then(values).isEqualTo(json("[1, 2]"));
        then(none).isEqualTo(json("[]"));
    }

    @Test
    void should_fail_with_the_recorded_cause_when_a_definite_path_is_missing() {
        // GIVEN / WHEN
        StatesError leaf = failure("$.NoSuchOutputPath", json("{'int-literal': 0}"));
        StatesError parent = failure("$.no.such.result.path", json("{'x': 1}"));
        // THEN AWS-recorded texts (ASL-SEMANTICS §2.6)
        then(leaf.error()).isEqualTo(StatesError.RUNTIME);
        then(leaf.prefixed()).isTrue();
        then(leaf.causeText()).isEqualTo("Invalid path '$.NoSuchOutputPath' : No results for path: $['NoSuchOutputPath']");
        then(parent.causeText()).isEqualTo("Invalid path '$.no.such.result.path' : Missing property in path $['no']");
    }

    @Test
    void should_read_the_context_object_and_variables() {
        // GIVEN AWS-recorded forms InputPath "$$.Execution.Input" and "$theAnswer"
        TestContext ctx = TestContext.of("{'ignored': true}")
                .withContext("{'Execution': {'Input': {'x': 1}}}").withVariable("theAnswer", "42");
        // WHEN / THEN
        then(apply(PathField.of("$$.Execution.Input"), ctx)).isEqualTo(json("{'x': 1}"));
        then(apply(PathField.of("$theAnswer"), ctx)).isEqualTo(json("42"));
        then(apply(PathField.of("$$"), ctx)).isSameAs(ctx.context());
    }

    @Test
    void should_fail_on_an_undefined_variable() {
        // GIVEN
        InputOutputPath path = InputOutputPath.compile(PathField.of("$nope"));
        // WHEN
        StatesError error = catchThrowableOfType(StatesError.class, () -> path.apply(INPUT, TestContext.of(INPUT)));
        // THEN
        then(error.causeText()).isEqualTo("Invalid path '$nope' : Undefined variable: $nope");
    }

    @Test
    void should_compile_a_broken_path_into_a_runtime_failure() {
        // GIVEN / WHEN
        StatesError error = failure("$.a[", INPUT);
        // THEN
        then(error.error()).isEqualTo(StatesError.RUNTIME);
        then(error.causeText()).startsWith("Invalid path '$.a[' : ");
    }
}
