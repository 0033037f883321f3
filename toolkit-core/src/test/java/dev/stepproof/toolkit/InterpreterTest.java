package dev.stepproof.toolkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepproof.toolkit.spi.TaskResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.BDDAssertions.then;

/** Behaviour of the interpreter on small machines: data flow, errors, time, concurrency, limits. */
class InterpreterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Interpreter interpreter(String definition) {
        return Interpreter.of(DefinitionReader.standard().read(definition, "test.asl.json").orElseThrow());
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void should_run_a_pass_chain_with_aws_history_shape() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {"StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Result": {"x": 1}, "ResultPath": "$.a", "Next": "B"},
                  "B": {"Type": "Pass", "Parameters": {"sum.$": "States.MathAdd($.a.x, 41)"}, "End": true}}}""");
        // WHEN
        Execution execution = interpreter.execute(ExecutionOptions.defaults().withInput("{\"in\": true}"));
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        then(execution.output()).isEqualTo(json("{\"sum\": 42}"));
        then(execution.history().events()).extracting(HistoryEvent::toString).containsExactly(
                "1 <-0 ExecutionStarted", "2 <-0 PassStateEntered 'A'", "3 <-2 PassStateExited 'A'",
                "4 <-3 PassStateEntered 'B'", "5 <-4 PassStateExited 'B'", "6 <-5 ExecutionSucceeded");
        then(execution.history().events().get(2).details().toString()).isEqualTo(
                "{\"stateExitedEventDetails\":{\"name\":\"A\",\"output\":\"{\\\"in\\\":true,\\\"a\\\":{\\\"x\\\":1}}\",\"outputDetails\":{\"truncated\":false}}}");
    }

    @Test
    void should_retry_with_backoff_in_virtual_time_then_catch() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {"StartAt": "Call", "States": {
                  "Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                           "Parameters": {"FunctionName": "f"},
                           "Retry": [{"ErrorEquals": ["Lambda.TooManyRequestsException"], "IntervalSeconds": 3600,
                                      "MaxAttempts": 2, "BackoffRate": 2}],
                           "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Compensate"}],
                           "End": true},
                  "Compensate": {"Type": "Pass", "End": true}}}""");
        List<Instant> attempts = new ArrayList<>();
        // WHEN
        Execution execution = interpreter.execute(ExecutionOptions.defaults().withTaskInvoker(call -> {
            attempts.add(call.time());
            return TaskResult.failure("Lambda.TooManyRequestsException", "Rate exceeded");
        }));
        // THEN
        Instant start = ExecutionOptions.defaults().startTime();
        then(attempts).containsExactly(start, start.plusSeconds(3600), start.plusSeconds(3600 + 7200));
        then(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        then(execution.output()).isEqualTo(json(
                "{\"error\": {\"Error\": \"Lambda.TooManyRequestsException\", \"Cause\": \"Rate exceeded\"}}"));
        then(execution.stopTime()).isEqualTo(start.plusSeconds(10800));
        then(execution.history().taskAttempts("Call")).hasSize(3);
    }

    @Test
    void should_wait_a_year_without_sleeping() {
        // GIVEN a wait of 364 days: a whole year would meet AWS's maximum duration (ExecutionDurationLimitsTest)
        Interpreter interpreter = interpreter("""
                {"StartAt": "Year", "States": {"Year": {"Type": "Wait", "Seconds": 31449600, "End": true}}}""");
        // WHEN
        Execution execution = interpreter.execute(ExecutionOptions.defaults());
        // THEN
        then(execution.succeeded()).isTrue();
        then(Duration.between(execution.startTime(), execution.stopTime())).isEqualTo(Duration.ofDays(364));
    }

    @Test
    void should_fail_with_states_runtime_when_a_parameter_path_does_not_resolve() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "Parameters": {"x.$": "$.missing"},
                  "End": true}}}""");
        // WHEN
        Execution execution = interpreter.execute(ExecutionOptions.defaults().withInput("{\"a\": 1}"));
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        then(execution.error()).isEqualTo("States.Runtime");
        then(execution.cause()).isEqualTo("An error occurred while executing the state 'P' (entered at the event id #2). "
                + "The JSONPath '$.missing' specified for the field 'x.$' could not be found in the input '{\"a\":1}'");
    }

    @Test
    void should_not_catch_states_runtime() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {"StartAt": "T", "States": {
                  "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "InputPath": "$.nope",
                        "Catch": [{"ErrorEquals": ["States.ALL", "States.Runtime"], "Next": "C"}], "End": true},
                  "C": {"Type": "Succeed"}}}""".replace("\"States.ALL\", ", ""));
        // WHEN
        Execution execution = interpreter.execute(ExecutionOptions.defaults());
        // THEN
        then(execution.error()).isEqualTo("States.Runtime");
        then(execution.cause()).endsWith("Invalid path '$.nope' : No results for path: $['nope']");
    }

    @Test
    void should_run_parallel_branches_and_surface_a_branch_error() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {"StartAt": "Fan", "States": {"Fan": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 10, "End": true}}},
                  {"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "Branch.Broke", "Cause": "because"}}}]}}}""");
        // WHEN
        Execution execution = interpreter.execute(ExecutionOptions.defaults());
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        then(execution.error()).isEqualTo("Branch.Broke");
        then(execution.cause()).isEqualTo("because");
        then(execution.history().events()).extracting(HistoryEvent::type)
                .contains("WaitStateAborted", "ParallelStateFailed").last().isEqualTo("ExecutionFailed");
    }

    @Test
    void should_map_items_in_order_with_item_selector() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": 2,
                  "ItemSelector": {"v.$": "$$.Map.Item.Value", "i.$": "$$.Map.Item.Index", "k.$": "$.k"},
                  "ItemProcessor": {"StartAt": "Slow", "States": {
                    "Slow": {"Type": "Wait", "SecondsPath": "$.v", "End": true}}},
                  "End": true}}}""");
        // WHEN
        Execution execution = interpreter.execute(ExecutionOptions.defaults().withInput("{\"items\": [30, 10, 20], \"k\": \"x\"}"));
        // THEN
        then(execution.output()).isEqualTo(json(
                "[{\"v\":30,\"i\":0,\"k\":\"x\"},{\"v\":10,\"i\":1,\"k\":\"x\"},{\"v\":20,\"i\":2,\"k\":\"x\"}]"));
        then(Duration.between(execution.startTime(), execution.stopTime())).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void should_stop_a_loop_without_end_at_the_transition_cap() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"},
                 "B": {"Type": "Choice", "Choices": [{"Variable": "$.stop", "IsPresent": true, "Next": "Done"}], "Default": "A"},
                 "Done": {"Type": "Succeed"}}}""");
        // WHEN
        Execution execution = interpreter.execute(ExecutionOptions.defaults()
                .withLimits(ExecutionLimits.aws().withMaxTransitions(1000)).withHistory(false));
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        then(execution.error()).isEqualTo("StepProof.TransitionLimitExceeded");
        then(execution.cause()).contains("more than 1000 states");
    }

    @Test
    void should_time_out_the_execution_at_its_timeout_seconds() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {"StartAt": "W", "TimeoutSeconds": 60, "States": {"W": {"Type": "Wait", "Seconds": 3600, "End": true}}}""");
        // WHEN
        Execution execution = interpreter.execute(ExecutionOptions.defaults());
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        then(execution.error()).isEqualTo("States.Timeout");
        then(Duration.between(execution.startTime(), execution.stopTime())).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void should_time_out_a_slow_task_with_states_timeout() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage",
                  "TimeoutSeconds": 5, "Catch": [{"ErrorEquals": ["States.Timeout"], "Next": "Late"}], "End": true},
                  "Late": {"Type": "Pass", "End": true}}}""");
        // WHEN
        Execution execution = interpreter.execute(ExecutionOptions.defaults().withTaskInvoker(
                call -> new TaskResult.Success(json("{}"), Duration.ofSeconds(30))));
        // THEN
        then(execution.output()).isEqualTo(json("{\"Error\": \"States.Timeout\", \"Cause\": \"\"}"));
        then(execution.history().events()).extracting(HistoryEvent::type).contains("TaskTimedOut");
    }

    @Test
    void should_reject_input_that_is_not_json_without_throwing() {
        // WHEN
        Execution execution = interpreter("""
                {"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}""")
                .execute(ExecutionOptions.defaults().withInput("{not json"));
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        then(execution.error()).isEqualTo("InvalidExecutionInput");
        then(execution.cause()).startsWith("Invalid State Machine Execution Input: ");
    }

    @Test
    void should_reject_input_over_256_kib() {
        // WHEN
        Execution execution = interpreter("""
                {"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}""")
                .execute(ExecutionOptions.defaults().withInput("\"" + "x".repeat(262_144) + "\""));
        // THEN
        then(execution.error()).isEqualTo("States.DataLimitExceeded");
    }

    @Test
    void should_fail_with_data_limit_exceeded_when_a_state_output_is_too_large() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {"StartAt": "Big", "States": {"Big": {"Type": "Pass",
                  "Parameters": {"a.$": "$.s", "b.$": "$.s"}, "End": true}}}""");
        // WHEN
        Execution execution = interpreter.execute(ExecutionOptions.defaults()
                .withInput("{\"s\": \"" + "x".repeat(140_000) + "\"}"));
        // THEN
        then(execution.error()).isEqualTo("States.DataLimitExceeded");
        then(execution.cause()).isEqualTo(
                "The state/task 'Big' returned a result with a size exceeding the maximum number of bytes service limit.");
    }

    @Test
    void should_give_the_same_history_for_the_same_seed() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {"StartAt": "Fan", "States": {"Fan": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "U", "States": {"U": {"Type": "Pass", "Parameters": {"id.$": "States.UUID()"}, "End": true}}},
                  {"StartAt": "R", "States": {"R": {"Type": "Pass", "Parameters": {"n.$": "States.MathRandom(1, 1000)"}, "End": true}}}]}}}""");
        ExecutionOptions options = ExecutionOptions.defaults().withSeed(7);
        // WHEN
        String first = interpreter.execute(options).history().toJson().toString();
        String second = interpreter.execute(options).history().toJson().toString();
        String otherSeed = interpreter.execute(options.withSeed(8)).history().toJson().toString();
        // THEN
        then(second).isEqualTo(first);
        then(otherSeed).isNotEqualTo(first);
    }

    @Test
    void should_fail_with_an_intrinsic_failure_naming_the_state_when_arguments_have_the_wrong_type() {
        // GIVEN: the definition is valid, but at run time $.n holds a string
        Interpreter interpreter = interpreter("""
                {"StartAt": "Add", "States": {"Add": {"Type": "Pass",
                  "Parameters": {"sum.$": "States.MathAdd($.n, 1)"}, "End": true}}}""");
        // WHEN
        Execution execution = interpreter.execute(ExecutionOptions.defaults().withInput("{\"n\": \"seven\"}"));
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        then(execution.error()).isEqualTo("States.IntrinsicFailure");
        then(execution.cause()).startsWith("An error occurred while executing the state 'Add' (entered at the event id #2). "
                + "The function 'States.MathAdd($.n, 1)' had the following error: ");
    }

    @Test
    void should_time_out_an_unresponsive_task_when_its_heartbeat_window_closes() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                  "TimeoutSeconds": 3600, "HeartbeatSeconds": 60, "End": true}}}""");
        // WHEN
        Execution execution = interpreter.execute(ExecutionOptions.defaults().withTaskInvoker(call -> TaskResult.unresponsive()));
        // THEN
        then(execution.error()).isEqualTo("States.Timeout");
        then(Duration.between(execution.startTime(), execution.stopTime())).isEqualTo(Duration.ofSeconds(60));
        then(execution.history().events()).extracting(HistoryEvent::type).contains("TaskTimedOut");
    }

    @Test
    void should_give_each_callback_attempt_its_own_task_token() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {"StartAt": "Ask", "States": {"Ask": {"Type": "Task",
                  "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                  "Parameters": {"QueueUrl": "q", "MessageBody": {"token.$": "$$.Task.Token"}},
                  "Retry": [{"ErrorEquals": ["States.Timeout"], "MaxAttempts": 1, "IntervalSeconds": 1}],
                  "HeartbeatSeconds": 5, "TimeoutSeconds": 60, "End": true}}}""");
        java.util.List<String> tokens = new ArrayList<>();
        // WHEN
        Execution execution = interpreter.execute(ExecutionOptions.defaults().withTaskInvoker(call -> {
            tokens.add(call.parameters().path("MessageBody").path("token").asText());
            return tokens.size() == 1 ? TaskResult.unresponsive() : TaskResult.success(json("{\"approved\": true}"));
        }));
        // THEN
        then(execution.succeeded()).isTrue();
        then(tokens).hasSize(2).doesNotHaveDuplicates().allSatisfy(t -> then(t).hasSize(36));
        then(interpreter.execute(ExecutionOptions.defaults().withTaskInvoker(call -> TaskResult.success(call.parameters())))
                .output().path("MessageBody").path("token").asText()).isEqualTo(tokens.get(0));
    }
}
