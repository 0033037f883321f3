package dev.stepproof.toolkit.internal.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.model.PathField;
import org.junit.jupiter.api.Test;

import static dev.stepproof.toolkit.internal.dataflow.TestContext.json;
import static org.assertj.core.api.BDDAssertions.then;

class JsonPathDataFlowTest {

    @Test
    void should_run_input_path_parameters_result_selector_result_path_and_output_path_in_order() {
        // GIVEN a Task-like state
        JsonPathDataFlow flow = JsonPathDataFlow.compile(PathField.of("$.order"),
                json("{'id.$': '$.id', 'source': 'shop'}"),
                json("{'status.$': '$.Payload.status'}"),
                PathField.of("$.result"),
                PathField.of("$.result"));
        JsonNode raw = json("{'order': {'id': 7}, 'other': true}");
        TestContext ctx = TestContext.of(raw);
        // WHEN
        JsonNode effectiveInput = flow.effectiveInput(raw, ctx);
        JsonNode taskResult = json("{'Payload': {'status': 'OK', 'noise': 1}}");
        JsonNode effectiveResult = flow.effectiveResult(taskResult, ctx);
        JsonNode output = flow.effectiveOutput(raw, effectiveResult, ctx);
        // THEN
        then(effectiveInput).isEqualTo(json("{'id': 7, 'source': 'shop'}"));
        then(effectiveResult).isEqualTo(json("{'status': 'OK'}"));
        then(output).isEqualTo(json("{'status': 'OK'}"));
    }

    @Test
    void should_merge_the_result_into_the_raw_input_not_the_input_path_output() {
        // GIVEN
        JsonPathDataFlow flow = JsonPathDataFlow.compile(PathField.of("$.inner"), null, null, PathField.of("$.r"), null);
        JsonNode raw = json("{'inner': {'x': 1}, 'keep': 2}");
        // WHEN
        JsonNode output = flow.effectiveOutput(raw, json("'R'"), TestContext.of(raw));
        // THEN
        then(output).isEqualTo(json("{'inner': {'x': 1}, 'keep': 2, 'r': 'R'}"));
    }

    @Test
    void should_pass_everything_through_when_all_fields_are_absent() {
        // GIVEN
        JsonPathDataFlow flow = JsonPathDataFlow.compile(null, null, null, null, null);
        JsonNode raw = json("{'a': 1}");
        TestContext ctx = TestContext.of(raw);
        // WHEN / THEN
        then(flow.effectiveInput(raw, ctx)).isSameAs(raw);
        JsonNode result = json("{'b': 2}");
        then(flow.effectiveResult(result, ctx)).isSameAs(result);
        then(flow.effectiveOutput(raw, result, ctx)).isSameAs(result);
    }

    @Test
    void should_give_empty_objects_for_null_input_and_output_paths_and_keep_the_input_for_a_null_result_path() {
        // GIVEN
        JsonPathDataFlow nullPaths = JsonPathDataFlow.compile(PathField.NULL, null, null, PathField.NULL, PathField.NULL);
        JsonPathDataFlow discard = JsonPathDataFlow.compile(null, null, null, PathField.NULL, null);
        JsonNode raw = json("{'a': 1}");
        TestContext ctx = TestContext.of(raw);
        // WHEN / THEN
        then(nullPaths.effectiveInput(raw, ctx)).isEqualTo(json("{}"));
        then(nullPaths.effectiveOutput(raw, json("2"), ctx)).isEqualTo(json("{}"));
        then(discard.effectiveOutput(raw, json("2"), ctx)).isSameAs(raw);
    }

    @Test
    void should_read_the_context_object_and_variables_in_every_step() {
        // GIVEN
        JsonPathDataFlow flow = JsonPathDataFlow.compile(null, json("{'name.$': '$$.State.Name', 'v.$': '$v'}"),
                json("{'r.$': '$', 'v.$': '$v'}"), PathField.of("$.out"), PathField.of("$.out"));
        TestContext ctx = TestContext.of("{}").withContext("{'State': {'Name': 'S1'}}").withVariable("v", "1");
        // WHEN
        JsonNode effectiveInput = flow.effectiveInput(ctx.input(), ctx);
        JsonNode effectiveResult = flow.effectiveResult(json("'res'"), ctx);
        JsonNode output = flow.effectiveOutput(ctx.input(), effectiveResult, ctx);
        // THEN
        then(effectiveInput).isEqualTo(json("{'name': 'S1', 'v': 1}"));
        then(output).isEqualTo(json("{'r': 'res', 'v': 1}"));
    }
}
