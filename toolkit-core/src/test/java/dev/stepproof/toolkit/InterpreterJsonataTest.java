package dev.stepproof.toolkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.spi.TaskInvocation;
import dev.stepproof.toolkit.spi.TaskResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.stepproof.toolkit.SingleQuotedWorkflows.interpreter;
import static dev.stepproof.toolkit.SingleQuotedWorkflows.json;
import static dev.stepproof.toolkit.SingleQuotedWorkflows.run;
import static org.assertj.core.api.BDDAssertions.then;

/** Behaviour of the interpreter on JSONata states (ASL-SEMANTICS §3, §6.4): every field that takes an expression. */
class InterpreterJsonataTest {

    private static final Instant START = ExecutionOptions.defaults().startTime();

    private static HistoryEvent event(Execution execution, String type) {
        return execution.history().events().stream().filter(e -> e.type().equals(type)).findFirst().orElseThrow();
    }

    @Test
    void should_shape_pass_output_from_states_input_context_and_variables() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'Init', 'States': {
                  'Init': {'Type': 'Pass', 'Assign': {'factor': 10}, 'Next': 'Shape'},
                  'Shape': {'Type': 'Pass', 'End': true, 'Output': {
                    'sum': '{% $sum($states.input.values) * $factor %}', 'state': '{% $states.context.State.Name %}',
                    'literal': '$states.input', 'nested': ['{% $count($states.input.values) %}', null]}}}}""");
        // WHEN
        Execution execution = run(interpreter, "{'values': [1, 2, 3]}");
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        then(execution.output()).isEqualTo(json("{'sum': 60, 'state': 'Shape', 'literal': '$states.input', 'nested': [3, null]}"));
    }

    @Test
    void should_evaluate_assign_and_output_with_the_values_of_state_entry() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'First', 'States': {
                  'First': {'Type': 'Pass', 'Assign': {'n': 1}, 'Next': 'Second'},
                  'Second': {'Type': 'Pass', 'Assign': {'n': '{% $n + 1 %}', 'was': '{% $n %}'},
                             'Output': {'seen': '{% $n %}'}, 'Next': 'Third'},
                  'Third': {'Type': 'Pass', 'Output': {'n': '{% $n %}', 'was': '{% $was %}', 'in': '{% $states.input %}'},
                            'End': true}}}""");
        // WHEN
        Execution execution = run(interpreter, "{}");
        // THEN
        then(execution.output()).isEqualTo(json("{'n': 2, 'was': 1, 'in': {'seen': 1}}"));
        then(execution.history().events().stream().filter(e -> "PassStateExited".equals(e.type())
                && "Second".equals(e.stateName())).findFirst().orElseThrow()
                .details().path("stateExitedEventDetails").path("assignedVariables"))
                .isEqualTo(json("{'n': '2', 'was': '1'}"));
    }

    @Test
    void should_call_a_task_with_its_arguments_and_output_its_result() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'Call', 'States': {
                  'Call': {'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke',
                           'Arguments': {'FunctionName': 'f', 'Payload': {'id': '{% $states.input.id %}'}},
                           'Assign': {'last': '{% $states.result.Payload %}'},
                           'Output': {'items': '{% $states.result.Payload.items %}', 'in': '{% $states.input.id %}'},
                           'Next': 'Done'},
                  'Done': {'Type': 'Pass', 'Output': '{% $last %}', 'End': true}}}""");
        List<JsonNode> parameters = new ArrayList<>();
        // WHEN
        Execution execution = interpreter.execute(ExecutionOptions.defaults().withInput("{\"id\": 7}").withTaskInvoker(call -> {
            parameters.add(call.parameters());
            return TaskResult.success(json("{'Payload': {'items': [1, 2]}, 'StatusCode': 200}"));
        }));
        // THEN
        then(parameters).containsExactly(json("{'FunctionName': 'f', 'Payload': {'id': 7}}"));
        then(event(execution, "TaskStateExited").payload()).isEqualTo(json("{'items': [1, 2], 'in': 7}"));
        then(execution.output()).isEqualTo(json("{'items': [1, 2]}"));
    }

    @Test
    void should_pass_the_input_to_a_task_without_arguments_and_output_the_result_by_default() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'Call', 'States': {
                  'Call': {'Type': 'Task', 'Resource': 'arn:aws:lambda:us-east-1:111111111111:function:f', 'End': true}}}""");
        List<JsonNode> parameters = new ArrayList<>();
        // WHEN
        Execution execution = interpreter.execute(ExecutionOptions.defaults().withInput("{\"a\": 1}").withTaskInvoker(call -> {
            parameters.add(call.parameters());
            return TaskResult.success(json("{'done': true}"));
        }));
        // THEN
        then(parameters).containsExactly(json("{'a': 1}"));
        then(execution.output()).isEqualTo(json("{'done': true}"));
    }

    @Test
    void should_fail_with_query_evaluation_error_after_an_evaluation_failed_event() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'Zero', 'States': {
                  'Zero': {'Type': 'Pass', 'Next': 'Broken'},
                  'Broken': {'Type': 'Pass', 'Output': {'result': '{% $doesNotExist %}'}, 'End': true}}}""");
        // WHEN
        Execution execution = run(interpreter, "{}");
        // THEN
        String cause = "An error occurred while executing the state 'Broken' (entered at the event id #4). "
                + "The JSONata expression '$doesNotExist' specified for the field 'Output/result' returned nothing (undefined).";
        then(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        then(execution.error()).isEqualTo("States.QueryEvaluationError");
        then(execution.cause()).isEqualTo(cause);
        then(execution.history().events()).extracting(HistoryEvent::toString).containsExactly(
                "1 <-0 ExecutionStarted", "2 <-0 PassStateEntered 'Zero'", "3 <-2 PassStateExited 'Zero'",
                "4 <-3 PassStateEntered 'Broken'", "5 <-3 EvaluationFailed 'Broken'", "6 <-5 ExecutionFailed");
        JsonNode details = event(execution, "EvaluationFailed").details().path("evaluationFailedEventDetails");
        then(details.path("error").textValue()).isEqualTo("States.QueryEvaluationError");
        then(details.path("cause").textValue()).isEqualTo(cause);
        then(details.path("location").textValue()).isEqualTo("Output/result");
        then(details.path("state").textValue()).isEqualTo("Broken");
    }

    @Test
    void should_let_a_catcher_handle_query_evaluation_errors_with_its_output_and_assign() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'Call', 'States': {
                  'Call': {'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke',
                           'Arguments': {'FunctionName': '{% $states.input.missing %}'},
                           'Catch': [{'ErrorEquals': ['States.ALL'], 'Next': 'Handle',
                                      'Assign': {'error': '{% $states.errorOutput.Error %}'},
                                      'Output': {'in': '{% $states.input %}', 'err': '{% $states.errorOutput.Error %}'}}],
                           'End': true},
                  'Handle': {'Type': 'Pass', 'Output': {'kept': '{% $states.input %}', 'var': '{% $error %}'}, 'End': true}}}""");
        // WHEN
        Execution execution = run(interpreter, "{'a': 1}");
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        then(execution.output()).isEqualTo(json("{'kept': {'in': {'a': 1}, 'err': 'States.QueryEvaluationError'},"
                + " 'var': 'States.QueryEvaluationError'}"));
        then(execution.history().events()).extracting(HistoryEvent::type).containsExactly("ExecutionStarted",
                "TaskStateEntered", "EvaluationFailed", "TaskStateExited", "PassStateEntered", "PassStateExited",
                "ExecutionSucceeded");
    }

    @Test
    void should_default_a_catchers_output_to_the_error_output() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'Call', 'States': {
                  'Call': {'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke', 'Arguments': {'FunctionName': 'f'},
                           'Catch': [{'ErrorEquals': ['States.ALL'], 'Next': 'Done'}], 'End': true},
                  'Done': {'Type': 'Succeed'}}}""");
        // WHEN
        Execution execution = interpreter.execute(ExecutionOptions.defaults()
                .withTaskInvoker(call -> TaskResult.failure("Boom", "it broke")));
        // THEN
        then(execution.output()).isEqualTo(json("{'Error': 'Boom', 'Cause': 'it broke'}"));
    }

    @Test
    void should_not_retry_the_catchers_own_failure_through_the_state_catchers() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'Call', 'States': {
                  'Call': {'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke', 'Arguments': {'FunctionName': 'f'},
                           'Catch': [{'ErrorEquals': ['States.ALL'], 'Next': 'Done', 'Output': '{% $nope %}'}], 'End': true},
                  'Done': {'Type': 'Succeed'}}}""");
        // WHEN
        Execution execution = interpreter.execute(ExecutionOptions.defaults()
                .withTaskInvoker(call -> TaskResult.failure("Boom", "it broke")));
        // THEN
        then(execution.error()).isEqualTo("States.QueryEvaluationError");
        then(execution.cause()).endsWith("The JSONata expression '$nope' specified for the field 'Catch[0]/Output' "
                + "returned nothing (undefined).");
    }

    @Test
    void should_choose_by_condition_and_apply_the_rule_or_the_default_output_and_assign() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'Pick', 'States': {
                  'Pick': {'Type': 'Choice', 'Default': 'Done',
                           'Choices': [{'Condition': '{% $states.input.age >= 18 %}', 'Next': 'Done',
                                        'Assign': {'tier': 'adult'}, 'Output': {'who': '{% $states.input.name %}'}}],
                           'Assign': {'tier': 'minor'}, 'Output': '{% $states.input.name %}'},
                  'Done': {'Type': 'Pass', 'Output': {'out': '{% $states.input %}', 'tier': '{% $tier %}'}, 'End': true}}}""");
        // WHEN
        Execution adult = run(interpreter, "{'name': 'Ann', 'age': 30}");
        Execution minor = run(interpreter, "{'name': 'Bob', 'age': 9}");
        // THEN
        then(adult.output()).isEqualTo(json("{'out': {'who': 'Ann'}, 'tier': 'adult'}"));
        then(minor.output()).isEqualTo(json("{'out': 'Bob', 'tier': 'minor'}"));
    }

    @Test
    void should_accept_literal_conditions_and_refuse_non_boolean_ones() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'Pick', 'States': {
                  'Pick': {'Type': 'Choice', 'Choices': [{'Condition': false, 'Next': 'Done'},
                                                         {'Condition': '{% $states.input.flag %}', 'Next': 'Done'}]},
                  'Done': {'Type': 'Succeed'}}}""");
        // WHEN
        Execution yes = run(interpreter, "{'flag': true}");
        Execution no = run(interpreter, "{'flag': false}");
        Execution text = run(interpreter, "{'flag': 'yes'}");
        // THEN
        then(yes.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        then(no.error()).isEqualTo("States.NoChoiceMatched");
        then(text.error()).isEqualTo("States.QueryEvaluationError");
        then(text.cause()).endsWith("The JSONata expression '$states.input.flag' specified for the field "
                + "'Choices[1]/Condition' returned an unexpected result type. Expected 'boolean', but was 'string' for value: \"yes\"");
    }

    @Test
    void should_map_over_items_with_an_item_selector_and_a_computed_max_concurrency() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'Each', 'States': {
                  'Each': {'Type': 'Map', 'Items': '{% $states.input.list %}', 'MaxConcurrency': '{% $states.input.width %}',
                           'ItemSelector': {'value': '{% $states.context.Map.Item.Value %}',
                                            'index': '{% $states.context.Map.Item.Index %}', 'tag': '{% $states.input.tag %}'},
                           'ItemProcessor': {'StartAt': 'Inner', 'States': {
                             'Inner': {'Type': 'Pass', 'Output': '{% $states.input.value * 10 + $states.input.index %}', 'End': true}}},
                           'Output': {'all': '{% $states.result %}'}, 'End': true}}}""");
        // WHEN
        Execution execution = run(interpreter, "{'list': [1, 2, 3], 'width': 1, 'tag': 't'}");
        // THEN
        then(execution.output()).isEqualTo(json("{'all': [10, 21, 32]}"));
    }

    @Test
    void should_evaluate_templates_inside_a_literal_items_array() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'Each', 'States': {
                  'Each': {'Type': 'Map', 'Items': [1, '{% $number(\\'2\\') %}', 3],
                           'ItemProcessor': {'StartAt': 'Inner', 'States': {'Inner': {'Type': 'Pass', 'End': true}}},
                           'End': true}}}""");
        // WHEN / THEN
        then(run(interpreter, "{}").output()).isEqualTo(json("[1, 2, 3]"));
    }

    @Test
    void should_fail_a_map_whose_items_are_not_an_array_with_aws_texts() {
        // GIVEN
        Interpreter byDefault = interpreter("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'Each', 'States': {
                  'Each': {'Type': 'Map', 'ItemProcessor': {'StartAt': 'Inner', 'States': {'Inner': {'Type': 'Pass', 'End': true}}},
                           'End': true}}}""");
        Interpreter computed = interpreter("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'Each', 'States': {
                  'Each': {'Type': 'Map', 'Items': '{% $states.input.list %}',
                           'ItemProcessor': {'StartAt': 'Inner', 'States': {'Inner': {'Type': 'Pass', 'End': true}}},
                           'End': true}}}""");
        // WHEN
        Execution input = run(byDefault, "{'foo': 'bar'}");
        Execution items = run(computed, "{'list': 'string'}");
        // THEN
        then(input.cause()).isEqualTo("An error occurred while executing the state 'Each' (entered at the event id #2). "
                + "Map state input must be an array but was: {\"foo\":\"bar\"}");
        then(items.cause()).isEqualTo("An error occurred while executing the state 'Each' (entered at the event id #2). "
                + "The JSONata expression '$states.input.list' specified for the field 'Items' returned an unexpected "
                + "result type. Expected 'array', but was 'string' for value: \"string\"");
        then(items.history().events()).extracting(HistoryEvent::toString).containsExactly("1 <-0 ExecutionStarted",
                "2 <-0 MapStateEntered 'Each'", "3 <-0 EvaluationFailed 'Each'", "4 <-3 MapStateFailed", "5 <-4 ExecutionFailed");
        then(event(input, "EvaluationFailed").details().path("evaluationFailedEventDetails").has("location")).isFalse();
    }

    @Test
    void should_give_parallel_branches_the_arguments_and_let_them_read_outer_variables() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'Init', 'States': {
                  'Init': {'Type': 'Pass', 'Assign': {'base': 100}, 'Next': 'Both'},
                  'Both': {'Type': 'Parallel', 'Arguments': {'n': '{% $states.input.n %}'},
                           'Branches': [
                             {'StartAt': 'A', 'States': {'A': {'Type': 'Pass', 'Output': '{% $states.input.n + $base %}', 'End': true}}},
                             {'StartAt': 'B', 'States': {'B': {'Type': 'Pass', 'Output': '{% $states.input %}', 'End': true}}}],
                           'End': true}}}""");
        // WHEN / THEN
        then(run(interpreter, "{'n': 1, 'ignored': true}").output()).isEqualTo(json("[101, {'n': 1}]"));
    }

    @Test
    void should_wait_computed_seconds_or_until_a_computed_timestamp() {
        // GIVEN
        Interpreter seconds = interpreter("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'W', 'States': {
                  'W': {'Type': 'Wait', 'Seconds': '{% $states.input.s * 60 %}', 'Output': {'waited': true}, 'End': true}}}""");
        Interpreter timestamp = interpreter("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'W', 'States': {
                  'W': {'Type': 'Wait', 'Timestamp': '{% $states.input.at %}', 'End': true}}}""");
        // WHEN
        Execution afterSeconds = run(seconds, "{'s': 2}");
        Execution untilTimestamp = run(timestamp, "{'at': '2026-01-02T00:00:00Z'}");
        Execution badTimestamp = run(timestamp, "{'at': '2016-12-05T25:29:29Z'}");
        // THEN
        then(afterSeconds.output()).isEqualTo(json("{'waited': true}"));
        then(Duration.between(START, afterSeconds.stopTime())).isEqualTo(Duration.ofMinutes(2));
        then(untilTimestamp.stopTime()).isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
        then(badTimestamp.error()).isEqualTo("States.QueryEvaluationError");
        then(badTimestamp.cause()).isEqualTo("An error occurred while executing the state 'W' (entered at the event id #2). "
                + "The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: 2016-12-05T25:29:29Z");
        then(event(badTimestamp, "EvaluationFailed").previousEventId()).isEqualTo(2);
    }

    @Test
    void should_time_out_a_task_after_computed_seconds() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'Call', 'States': {
                  'Call': {'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke', 'Arguments': {'FunctionName': 'f'},
                           'TimeoutSeconds': '{% $states.input.limit %}', 'End': true}}}""");
        // WHEN
        Execution execution = interpreter.execute(ExecutionOptions.defaults().withInput("{\"limit\": 5}")
                .withTaskInvoker(call -> new TaskResult.Success(json("{}"), Duration.ofSeconds(60))));
        // THEN
        then(execution.error()).isEqualTo("States.Timeout");
        then(execution.stopTime()).isEqualTo(START.plusSeconds(5));
        then(event(execution, "TaskScheduled").details().path("taskScheduledEventDetails").path("timeoutInSeconds").asLong())
                .isEqualTo(5);
    }

    @Test
    void should_fail_with_computed_error_and_cause() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'F', 'States': {
                  'F': {'Type': 'Fail', 'Error': '{% $states.input.kind & \\'.Error\\' %}', 'Cause': '{% $states.input.why %}'}}}""");
        // WHEN
        Execution execution = run(interpreter, "{'kind': 'Billing', 'why': 'card declined'}");
        // THEN
        then(execution.error()).isEqualTo("Billing.Error");
        then(execution.cause()).isEqualTo("card declined");
    }

    @Test
    void should_collapse_single_element_sequences_as_aws_does() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'P', 'States': {
                  'P': {'Type': 'Pass', 'End': true, 'Output': {'one': '{% $range(1, 9, 9) %}', 'four': '{% $range(0, 9, 3) %}',
                        'chunks': '{% $partition([0], 1) %}', 'parsed': '{% $parse(\\'[1, 2]\\') %}',
                        'hash': '{% $hash(\\'a\\', \\'SHA-1\\') %}'}}}}""");
        // WHEN / THEN
        then(run(interpreter, "{}").output()).isEqualTo(json("{'one': 1, 'four': [0, 3, 6, 9], 'chunks': [[0]], "
                + "'parsed': [1, 2], 'hash': '86f7e437faa5a7fce15d1ddcb9eaeaea377667b8'}"));
    }

    @Test
    void should_repeat_random_values_and_uuids_with_the_execution_seed() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'P', 'States': {
                  'P': {'Type': 'Pass', 'End': true, 'Output': {'r': '{% $random() %}', 'id': '{% $uuid() %}',
                        'seeded': '{% $random(42) = $random(42) %}'}}}}""");
        // WHEN
        Execution first = interpreter.execute(ExecutionOptions.defaults().withSeed(1));
        Execution again = interpreter.execute(ExecutionOptions.defaults().withSeed(1));
        Execution other = interpreter.execute(ExecutionOptions.defaults().withSeed(2));
        // THEN
        then(first.output()).isEqualTo(again.output());
        then(first.output().get("r")).isNotEqualTo(other.output().get("r"));
        then(first.output().get("seeded").booleanValue()).isTrue();
    }

    @Test
    void should_mix_query_languages_state_by_state() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {'StartAt': 'Path', 'States': {
                  'Path': {'Type': 'Pass', 'Assign': {'fromPath.$': '$.v'}, 'ResultPath': '$.copy', 'Next': 'Ata'},
                  'Ata': {'Type': 'Pass', 'QueryLanguage': 'JSONata', 'Assign': {'fromAta': '{% $fromPath * 2 %}'},
                          'Output': '{% $states.input.copy %}', 'Next': 'Back'},
                  'Back': {'Type': 'Pass', 'Parameters': {'a.$': '$fromPath', 'b.$': '$fromAta', 'in.$': '$'}, 'End': true}}}""");
        // WHEN / THEN
        then(run(interpreter, "{'v': 21}").output()).isEqualTo(json("{'a': 21, 'b': 42, 'in': {'v': 21}}"));
    }

    @Test
    void should_remove_eval_and_keep_the_other_builtins() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'P', 'States': {
                  'P': {'Type': 'Pass', 'Output': '{% $eval(\\'1 + 1\\') %}', 'End': true}}}""");
        // WHEN
        Execution execution = run(interpreter, "{}");
        // THEN
        then(execution.cause()).endsWith("The JSONata expression '$eval(\"1 + 1\")' specified for the field 'Output' "
                + "threw an error during evaluation. T1006: Attempted to invoke a non-function");
    }

    @Test
    void should_output_json_null_but_fail_on_nothing() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'P', 'States': {
                  'P': {'Type': 'Pass', 'Output': {'n': '{% $states.input.n %}', 'literal': null}, 'End': true}}}""");
        // WHEN
        Execution present = run(interpreter, "{'n': null}");
        Execution absent = run(interpreter, "{}");
        // THEN
        then(present.output()).isEqualTo(json("{'n': null, 'literal': null}"));
        then(absent.error()).isEqualTo("States.QueryEvaluationError");
    }

    @Test
    void should_see_the_invocation_context_in_a_task_argument() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'Call', 'States': {
                  'Call': {'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke',
                           'Arguments': {'FunctionName': 'f', 'Payload': {'attempt': '{% $states.context.State.RetryCount %}',
                                         'execution': '{% $states.context.Execution.Name %}'}}, 'End': true}}}""");
        List<TaskInvocation> calls = new ArrayList<>();
        // WHEN
        interpreter.execute(ExecutionOptions.defaults().withName("run-1").withTaskInvoker(call -> {
            calls.add(call);
            return TaskResult.success(json("{}"));
        }));
        // THEN
        then(calls.get(0).parameters()).isEqualTo(json("{'FunctionName': 'f', 'Payload': {'attempt': 0, 'execution': 'run-1'}}"));
    }

    @Test
    void should_run_one_compiled_machine_on_several_threads_at_once() throws Exception {
        // GIVEN compiled expressions are shared by every execution of the machine
        Interpreter interpreter = interpreter("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'A', 'States': {
                  'A': {'Type': 'Pass', 'Assign': {'v': '{% $states.input.n %}'}, 'Next': 'B'},
                  'B': {'Type': 'Pass', 'Output': {'n': '{% $v * 2 %}', 'in': '{% $states.input.n %}'}, 'End': true}}}""");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<String>>> futures = new ArrayList<>();
        // WHEN
        for (int t = 0; t < 4; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                List<String> wrong = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    int n = thread * 1000 + i;
                    JsonNode output = run(interpreter, "{'n': " + n + "}").output();
                    if (!json("{'n': " + 2 * n + ", 'in': " + n + "}").equals(output)) {
                        wrong.add(n + " -> " + output);
                    }
                }
                return wrong;
            }));
        }
        List<String> wrong = new ArrayList<>();
        for (Future<List<String>> f : futures) {
            wrong.addAll(f.get());
        }
        pool.shutdown();
        // THEN
        then(wrong).isEmpty();
    }
}
