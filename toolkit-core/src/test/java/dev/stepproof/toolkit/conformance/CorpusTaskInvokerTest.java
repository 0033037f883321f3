package dev.stepproof.toolkit.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stepproof.toolkit.spi.TaskInvocation;
import dev.stepproof.toolkit.spi.TaskResult;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.BDDAssertions.then;

class CorpusTaskInvokerTest {

    private static final String ARN = "arn:aws:lambda:us-east-1:111111111111:function:lambda-function-name";

    @Test
    void should_hand_out_a_states_calls_in_recorded_order() {
        // GIVEN
        CorpusTaskInvoker invoker = new CorpusTaskInvoker(json("{'Task': ["
                + "{'resourceType': 'lambda-legacy', 'parameters': {}, 'return': {'n': 1}},"
                + "{'resourceType': 'lambda-legacy', 'parameters': {}, 'return': {'n': 2}}]}"));
        // WHEN
        TaskResult first = invoker.invoke(call("Task", "{}"));
        TaskResult second = invoker.invoke(call("Task", "{}"));
        // THEN
        then(first).isEqualTo(TaskResult.success(json("{'n': 1}")));
        then(second).isEqualTo(TaskResult.success(json("{'n': 2}")));
        then(invoker.problems()).isEmpty();
        then(invoker.parameterMismatches()).isEmpty();
        then(invoker.unusedCalls()).isEmpty();
    }

    @Test
    void should_pick_the_first_unused_call_whose_parameters_match_with_placeholders_and_dates() {
        // GIVEN calls recorded in another order than the interpreter makes them (as inside a Map)
        CorpusTaskInvoker invoker = new CorpusTaskInvoker(json("{'Task': ["
                + "{'resource': 'invoke', 'parameters': {'FunctionName': 'arn:<partition>:lambda:<region>:111111111111:function:<lambda-function-name>',"
                + "  'Payload': {'item': 2, 'at': 'date'}}, 'return': {'r': 'two'}},"
                + "{'resource': 'invoke', 'parameters': {'FunctionName': 'arn:<partition>:lambda:<region>:111111111111:function:<lambda-function-name>',"
                + "  'Payload': {'item': 1.0, 'at': 'date'}}, 'return': {'r': 'one'}}]}"));
        // WHEN
        TaskResult one = invoker.invoke(call("Task", "{'FunctionName': '" + ARN + "', 'Payload': {'at': '2024-05-01T12:00:00.123Z', 'item': 1}}"));
        TaskResult two = invoker.invoke(call("Task", "{'FunctionName': '" + ARN + "', 'Payload': {'at': '2024-05-01T12:00:01Z', 'item': 2}}"));
        // THEN
        then(one).isEqualTo(TaskResult.success(json("{'r': 'one'}")));
        then(two).isEqualTo(TaskResult.success(json("{'r': 'two'}")));
        then(invoker.parameterMismatches()).isEmpty();
    }

    @Test
    void should_fall_back_to_the_first_unused_call_and_report_the_parameter_difference() {
        // GIVEN
        CorpusTaskInvoker invoker = new CorpusTaskInvoker(json("{'Task': ["
                + "{'parameters': {'status': 'incomplete'}, 'return': 'a'},"
                + "{'parameters': {'status': 'complete'}, 'return': 'b'}]}"));
        // WHEN
        TaskResult result = invoker.invoke(call("Task", "{'status': 'unknown'}"));
        // THEN
        then(result).isEqualTo(TaskResult.success(json("'a'")));
        then(invoker.parameterMismatches()).containsExactly("Task 'Task' call 1 of 2: the parameters differ from those AWS "
                + "recorded, at /status: expected \"incomplete\" but was \"unknown\"");
        then(invoker.unusedCalls()).containsExactly("AWS invoked task Task 2 time(s), the interpreter 1 time(s)");
    }

    @Test
    void should_fail_with_the_recorded_error_and_cause() {
        // GIVEN
        CorpusTaskInvoker invoker = new CorpusTaskInvoker(json("{'Task': ["
                + "{'parameters': {}, 'throw': {'error': 'Exception', 'cause': '{\"errorMessage\":\"boom\"}', 'causeReserialized': true}},"
                + "{'parameters': {}, 'throw': {'error': 'States.Timeout'}},"
                + "{'parameters': {}, 'return': null}]}"));
        // WHEN / THEN
        then(invoker.invoke(call("Task", "{}"))).isEqualTo(TaskResult.failure("Exception", "{\"errorMessage\":\"boom\"}"));
        then(invoker.invoke(call("Task", "{}"))).isEqualTo(TaskResult.failure("States.Timeout", null));
        then(invoker.invoke(call("Task", "{}"))).isEqualTo(TaskResult.success(JsonNodeFactory.instance.nullNode()));
    }

    @Test
    void should_report_calls_aws_never_made() {
        // GIVEN
        CorpusTaskInvoker invoker = CorpusTaskInvoker.forCase(json("{'mocks': {'tasks': {'Known': [{'parameters': {}, 'return': 1}]}}}"));
        // WHEN
        TaskResult unknown = invoker.invoke(call("Unknown", "{'a': 1}"));
        invoker.invoke(call("Known", "{}"));
        TaskResult again = invoker.invoke(call("Known", "{}"));
        // THEN
        then(unknown).isInstanceOf(TaskResult.Failure.class);
        then(((TaskResult.Failure) unknown).error()).isEqualTo(CorpusTaskInvoker.UNMOCKED);
        then(((TaskResult.Failure) unknown).cause()).contains("the interpreter invoked task Unknown, which AWS never invoked");
        then(((TaskResult.Failure) again).error()).isEqualTo(CorpusTaskInvoker.UNMOCKED);
        then(invoker.problems()).containsExactly(
                "the interpreter invoked task Unknown, which AWS never invoked (attempt 1, parameters {\"a\":1})",
                "the interpreter invoked task Known more than the 1 time(s) AWS did (attempt 1, parameters {})");
    }

    @Test
    void should_treat_a_case_without_mocks_as_one_where_no_task_ran() {
        // GIVEN
        CorpusTaskInvoker invoker = CorpusTaskInvoker.forCase(json("{'input': {}}"));
        // WHEN
        TaskResult result = invoker.invoke(call("Task", "{}"));
        // THEN
        then(((TaskResult.Failure) result).error()).isEqualTo(CorpusTaskInvoker.UNMOCKED);
        then(invoker.problems()).hasSize(1);
    }

    private static TaskInvocation call(String state, String parameters) {
        return new TaskInvocation(state, ARN, "lambda", ARN, json(parameters), 1, json("{}"), Instant.EPOCH);
    }

    static JsonNode json(String text) {
        try {
            return JsonMapper.builder().enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
