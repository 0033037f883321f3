package dev.stepproof.toolkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepproof.toolkit.spi.TaskInvoker;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

/** How a test case answers Task states: per-state invocation order, Throw, exhaustion, unknown names. */
class MockConfig_invoker_Test {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final MockConfig MOCKS = MockConfig.read("""
            {"StateMachines": {"Loop": {"TestCases": {
               "Counting": {"Next": "Numbers", "Other": "Numbers"},
               "Failing": {"Next": "Boom"}}}},
             "MockedResponses": {
               "Numbers": {"0": {"Return": {"n": 0}}, "1-2": {"Return": {"n": 1}}},
               "Boom": {"0": {"Throw": {"Error": "Custom.Boom", "Cause": "it broke"}}}}}""", "loop.json").orElseThrow();

    /** Calls Next three times in a loop (a Choice counting to 3), then Other once. */
    private static final Interpreter LOOP = Interpreter.of(DefinitionReader.standard().read("""
            {"StartAt": "Next", "States": {
              "Next": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "ResultPath": "$.last",
                       "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Caught"}],
                       "Next": "Count"},
              "Count": {"Type": "Pass", "Parameters": {"i.$": "States.MathAdd($.i, 1)", "last.$": "$.last"},
                        "Next": "Again?"},
              "Again?": {"Type": "Choice", "Choices": [{"Variable": "$.i", "NumericLessThan": 3, "Next": "Next"}],
                         "Default": "Other"},
              "Other": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "ResultPath": "$.other",
                        "End": true},
              "Caught": {"Type": "Pass", "End": true}}}""", "loop.asl.json").orElseThrow());

    private static Execution run(TaskInvoker invoker) {
        return LOOP.execute(ExecutionOptions.defaults().withInput("{\"i\": 0}").withTaskInvoker(invoker));
    }

    @Test
    void answers_each_state_in_its_own_invocation_order_across_visits() throws Exception {
        // WHEN
        Execution execution = run(MOCKS.invoker("Loop", "Counting"));
        // THEN Next was invoked 3 times (answers 0, 1, 1) and Other once (its own invocation 0)
        then(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        then(execution.history().taskAttempts("Next")).hasSize(3);
        then(execution.history().taskAttempts("Other")).hasSize(1);
        then(execution.output()).isEqualTo(JSON.readTree("{\"i\": 3, \"last\": {\"n\": 1}, \"other\": {\"n\": 0}}"));
    }

    @Test
    void a_fresh_invoker_starts_counting_from_zero_again() {
        // GIVEN
        run(MOCKS.invoker("Loop", "Counting"));
        // WHEN
        Execution second = run(MOCKS.invoker("Loop", "Counting"));
        // THEN
        then(second.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void throw_fails_the_task_with_its_error_and_cause_which_a_catcher_handles() throws Exception {
        // WHEN
        Execution execution = run(MOCKS.invoker("Loop", "Failing"));
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        then(execution.output()).isEqualTo(JSON.readTree(
                "{\"i\": 0, \"error\": {\"Error\": \"Custom.Boom\", \"Cause\": \"it broke\"}}"));
    }

    @Test
    void an_invocation_past_the_last_answer_fails_the_execution_even_under_a_catch_all() {
        // GIVEN a machine calling Next four times while Numbers answers three invocations
        Interpreter fourCalls = Interpreter.of(DefinitionReader.standard().read("""
                {"StartAt": "Next", "States": {
                  "Next": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "ResultPath": null,
                           "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 5}],
                           "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}], "Next": "Fail"},
                  "Fail": {"Type": "Fail", "Error": "Custom.Retry"},
                  "Caught": {"Type": "Pass", "End": true}}}""", "four.asl.json").orElseThrow());
        MockConfig mocks = MockConfig.read("""
                {"StateMachines": {"Four": {"TestCases": {"Short": {"Next": "ThreeFailures"}}}},
                 "MockedResponses": {"ThreeFailures": {"0-2": {"Throw": {"Error": "E", "Cause": "C"}}}}}""",
                "four.json").orElseThrow();
        // WHEN
        Execution execution = fourCalls.execute(ExecutionOptions.defaults()
                .withTaskInvoker(mocks.invoker("Four", "Short")));
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        then(execution.error()).isEqualTo("States.Runtime");
        then(execution.cause()).isEqualTo("Test case 'Short' of state machine 'Four' has no answer for invocation 3 "
                + "of Task state 'Next': mocked response 'ThreeFailures' answers invocations 0 to 2. Step Functions "
                + "Local fails the execution here; add an answer for invocation 3 to 'ThreeFailures'.");
        then(execution.history().taskAttempts("Next")).hasSize(4);
    }

    @Test
    void the_returned_value_is_a_copy_so_later_executions_see_the_file_as_written() throws Exception {
        // GIVEN an execution whose output contains the mocked value
        Execution first = run(MOCKS.invoker("Loop", "Counting"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) first.output().get("other")).put("n", 99);
        // WHEN
        Execution second = run(MOCKS.invoker("Loop", "Counting"));
        // THEN
        then(second.output().get("other")).isEqualTo(JSON.readTree("{\"n\": 0}"));
    }

    @Test
    void an_unknown_state_machine_or_test_case_is_a_programming_error_naming_the_known_ones() {
        // WHEN
        Throwable noMachine = catchThrowable(() -> MOCKS.invoker("Lop", "Counting"));
        Throwable noCase = catchThrowable(() -> MOCKS.invoker("Loop", "Countng"));
        // THEN
        then(noMachine).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Mock configuration loop.json has no state machine 'Lop'; it configures [Loop].");
        then(noCase).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("State machine 'Loop' in mock configuration loop.json has no test case 'Countng'; "
                        + "it has [Counting, Failing].");
    }
}
