package dev.stepproof.toolkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepproof.toolkit.model.StateMachine;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.BDDAssertions.then;

/** {@code states:startExecution.sync[:2]} running registered child machines on the parent's virtual clock. */
class StateMachines_nested_Test {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHILD_ARN = "arn:aws:states:us-east-1:111111111111:stateMachine:Fulfil";

    private static StateMachine machine(String asl) {
        return DefinitionReader.standard().read(asl, "machine.asl.json").orElseThrow();
    }

    /** The child waits 10 minutes, then doubles the amount (or fails when told to). */
    private static final StateMachine CHILD = machine("""
            {"StartAt": "Pack", "States": {
              "Pack": {"Type": "Wait", "Seconds": 600, "Next": "Decide"},
              "Decide": {"Type": "Choice", "Choices": [{"Variable": "$.fail", "IsPresent": true, "Next": "Broken"}],
                         "Default": "Done"},
              "Broken": {"Type": "Fail", "Error": "Fulfil.OutOfStock", "Cause": "no stock"},
              "Done": {"Type": "Pass", "Parameters": {"doubled.$": "States.MathAdd($.amount, $.amount)"}, "End": true}}}""");

    private static Interpreter parent(String resource, String input, String extra) {
        return Interpreter.of(machine("""
                {"StartAt": "Fulfil", "States": {"Fulfil": {"Type": "Task", "Resource": "%s",
                  "Parameters": {"StateMachineArn": "%s", "Input": %s}%s, "End": true}}}""".formatted(resource, CHILD_ARN, input, extra)));
    }

    private static ExecutionOptions options(StateMachines machines) {
        return ExecutionOptions.defaults().withInput("{\"amount\": 21}").withStateMachines(machines)
                .withTaskInvoker(Mocks.of(Mock.forAnyTask().returnsPayload("{\"mocked\": true}")).session());
    }

    private static StateMachines registry() {
        return StateMachines.builder().register(CHILD_ARN, CHILD).build();
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void should_run_a_registered_child_for_sync_and_return_describe_execution_with_json_text() throws Exception {
        // WHEN
        Execution execution = parent("arn:aws:states:::states:startExecution.sync", "{\"amount.$\": \"$.amount\"}", "")
                .execute(options(registry()));
        // THEN
        then(execution.succeeded()).isTrue();
        JsonNode out = execution.output();
        then(out.path("Status").asText()).isEqualTo("SUCCEEDED");
        then(out.path("Output").isTextual()).isTrue();
        then(json(out.path("Output").asText())).isEqualTo(json("{\"doubled\": 42}"));
        then(json(out.path("Input").asText())).isEqualTo(json("{\"amount\": 21}"));
        then(out.path("StateMachineArn").asText()).isEqualTo(CHILD_ARN);
        then(out.path("StopDate").asLong() - out.path("StartDate").asLong()).isEqualTo(600_000L);
        then(execution.stopTime()).as("the child's Wait advances the parent's clock").isEqualTo(START.plus(Duration.ofMinutes(10)));
        then(execution.history().events()).extracting(HistoryEvent::type).containsSubsequence("TaskScheduled", "TaskStarted",
                "TaskSubmitted", "TaskSucceeded").doesNotContain("WaitStateEntered");
        then(execution.childExecutions()).hasSize(1);
        ChildExecution child = execution.childExecutions().get(0);
        then(child.stateName()).isEqualTo("Fulfil");
        then(child.executionArn()).isEqualTo(out.path("ExecutionArn").asText()).contains(":execution:Fulfil:");
        then(child.execution().history().statesEntered()).containsExactly("Pack", "Decide", "Done");
    }

    @Test
    void should_return_parsed_input_and_output_for_sync_2() throws Exception {
        // WHEN
        Execution execution = parent("arn:aws:states:::states:startExecution.sync:2", "{\"amount.$\": \"$.amount\"}", "")
                .execute(options(registry()));
        // THEN
        then(execution.output().path("Output")).isEqualTo(json("{\"doubled\": 42}"));
        then(execution.output().path("Input")).isEqualTo(json("{\"amount\": 21}"));
        then(execution.output().path("OutputDetails").path("Included").asBoolean()).isTrue();
    }

    @Test
    void should_accept_the_input_as_a_json_string_and_find_the_machine_by_name() {
        // GIVEN
        StateMachines byName = StateMachines.builder().register("Fulfil", CHILD).build();
        // WHEN
        Execution execution = parent("arn:aws:states:::states:startExecution.sync:2", "\"{\\\"amount\\\": 5}\"", "")
                .execute(options(byName));
        // THEN
        then(execution.output().path("Output").path("doubled").asInt()).isEqualTo(10);
    }

    @Test
    void should_fail_the_task_with_states_task_failed_and_the_description_as_cause_when_the_child_fails() throws Exception {
        // WHEN
        Execution execution = parent("arn:aws:states:::states:startExecution.sync", "{\"fail\": true}", "")
                .execute(options(registry()));
        // THEN
        then(execution.error()).isEqualTo("States.TaskFailed");
        JsonNode cause = json(execution.cause());
        then(cause.path("Status").asText()).isEqualTo("FAILED");
        then(cause.path("Error").asText()).isEqualTo("Fulfil.OutOfStock");
        then(cause.path("Cause").asText()).isEqualTo("no stock");
        then(cause.has("Output")).isFalse();
        then(execution.childExecutions().get(0).execution().error()).isEqualTo("Fulfil.OutOfStock");
    }

    @Test
    void should_time_out_the_parent_task_when_the_child_runs_longer_than_its_timeout() {
        // WHEN
        Execution execution = parent("arn:aws:states:::states:startExecution.sync", "{}", ", \"TimeoutSeconds\": 60")
                .execute(options(registry()));
        // THEN
        then(execution.error()).isEqualTo("States.Timeout");
        then(execution.stopTime()).isEqualTo(START.plusSeconds(60));
    }

    @Test
    void should_ask_the_mocks_for_unregistered_machines_and_for_plain_start_execution() {
        // WHEN
        Execution unregistered = parent("arn:aws:states:::states:startExecution.sync", "{}", "")
                .execute(options(StateMachines.builder().register("Other", CHILD).build()));
        Execution plain = parent("arn:aws:states:::states:startExecution", "{}", "").execute(options(registry()));
        // THEN
        then(unregistered.output().path("Output").asText()).isEqualTo("{\"mocked\":true}");
        then(unregistered.childExecutions()).isEmpty();
        then(plain.output().path("mocked").asBoolean()).isTrue();
        then(plain.childExecutions()).isEmpty();
    }

    @Test
    void should_stop_a_machine_that_starts_itself_at_the_depth_limit() {
        // GIVEN
        StateMachine loop = machine("""
                {"StartAt": "Again", "States": {"Again": {"Type": "Task",
                  "Resource": "arn:aws:states:::states:startExecution.sync:2",
                  "Parameters": {"StateMachineArn": "arn:aws:states:us-east-1:111111111111:stateMachine:Loop"},
                  "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Swallowed"}], "End": true},
                  "Swallowed": {"Type": "Succeed"}}}""");
        StateMachines machines = StateMachines.builder().register("Loop", loop).maxDepth(3).build();
        // WHEN
        Execution execution = Interpreter.of(loop).execute(ExecutionOptions.defaults().withStateMachines(machines));
        // THEN: no Catch can hide it
        then(execution.error()).isEqualTo("StepProof.NestingLimitExceeded");
        then(execution.cause()).contains("maxDepth 3", "Loop");
        then(execution.childExecutions().get(0).execution().childExecutions().get(0).execution().childExecutions()).hasSize(1);
    }

    @Test
    void should_give_the_same_parent_and_child_histories_for_the_same_seed() {
        // GIVEN
        StateMachine random = machine("""
                {"StartAt": "Roll", "States": {"Roll": {"Type": "Pass",
                  "Parameters": {"id.$": "States.UUID()", "n.$": "States.MathRandom(1, 1000)"}, "End": true}}}""");
        StateMachines machines = StateMachines.builder().register(CHILD_ARN, random).build();
        Interpreter interpreter = parent("arn:aws:states:::states:startExecution.sync:2", "{}", "");
        // WHEN
        Execution first = interpreter.execute(options(machines).withSeed(7));
        Execution second = interpreter.execute(options(machines).withSeed(7));
        Execution other = interpreter.execute(options(machines).withSeed(8));
        // THEN
        then(second.history().toJson()).isEqualTo(first.history().toJson());
        then(second.childExecutions().get(0).execution().history().toJson())
                .isEqualTo(first.childExecutions().get(0).execution().history().toJson());
        then(other.output().path("Output")).isNotEqualTo(first.output().path("Output"));
    }

    @Test
    void should_fail_with_the_service_error_when_the_input_string_is_not_json() {
        // WHEN
        Execution execution = parent("arn:aws:states:::states:startExecution.sync", "\"{not json\"", "")
                .execute(options(registry()));
        // THEN
        then(execution.error()).isEqualTo("StepFunctions.InvalidExecutionInputException");
        then(execution.childExecutions()).isEmpty();
    }
}
