package dev.stepproof.toolkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.stepproof.toolkit.model.StateMachine;
import dev.stepproof.toolkit.spi.TaskInvocation;
import dev.stepproof.toolkit.spi.TaskInvoker;
import dev.stepproof.toolkit.spi.TaskResult;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.BDDAssertions.then;

class IdempotencyCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static StateMachine machine(String parameters) {
        return DefinitionReader.standard().read("""
                {"StartAt": "SaveOrder", "States": {"SaveOrder": {"Type": "Task",
                  "Resource": "arn:aws:states:::dynamodb:putItem",
                  "Parameters": %s,
                  "Retry": [{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 1, "MaxAttempts": 2}],
                  "ResultPath": null, "End": true}}}""".formatted(parameters), "orders.asl.json").orElseThrow();
    }

    /** A table fake: appends a row per call (not idempotent) or upserts by key (idempotent). */
    static final class TableFake implements TaskInvoker {
        final boolean upsert;
        final Map<String, JsonNode> rows = new LinkedHashMap<>();
        final ArrayNode log = JSON.createArrayNode();

        TableFake(boolean upsert) {
            this.upsert = upsert;
        }

        @Override
        public TaskResult invoke(TaskInvocation call) {
            JsonNode item = call.parameters().path("Item");
            if (upsert) {
                rows.put(item.path("id").asText(), item);
            } else {
                log.add(item);
            }
            return TaskResult.success(JSON.createObjectNode());
        }

        JsonNode state() {
            return upsert ? JSON.valueToTree(rows) : log;
        }
    }

    @Test
    void flags_a_task_whose_parameters_carry_a_fresh_uuid() {
        // GIVEN
        StateMachine machine = machine("{\"TableName\": \"orders\", \"Item\": {\"id.$\": \"States.UUID()\", \"total.$\": \"$.total\"}}");
        // WHEN
        IdempotencyReport report = IdempotencyCheck.of(machine)
                .withOptions(ExecutionOptions.defaults().withInput("{\"total\": 20}"))
                .withFake(() -> new TableFake(true), TableFake::state).run();
        // THEN
        then(report.problems()).singleElement().satisfies(f -> {
            then(f.state()).isEqualTo("SaveOrder");
            then(f.parametersDiff()).startsWith("the retried call's parameters differ at /Item/id: expected \"");
            then(f.describe()).startsWith("Task 'SaveOrder' is not safe to retry (first response lost as States.Timeout):\n"
                    + "  - the retried call's parameters differ at /Item/id");
        });
    }

    @Test
    void passes_the_same_task_keyed_by_the_execution_input() {
        // GIVEN
        StateMachine machine = machine("{\"TableName\": \"orders\", \"Item\": {\"id.$\": \"$.orderId\", \"total.$\": \"$.total\"}}");
        // WHEN
        IdempotencyReport report = IdempotencyCheck.of(machine)
                .withOptions(ExecutionOptions.defaults().withInput("{\"orderId\": \"O-1\", \"total\": 20}"))
                .withFake(() -> new TableFake(true), TableFake::state).run();
        // THEN
        then(report.problems()).isEmpty();
        then(report.toString()).isEqualTo("Task 'SaveOrder' is safe to retry.");
    }

    @Test
    void flags_a_fake_that_inserts_twice_when_a_response_is_lost() {
        // GIVEN
        StateMachine machine = machine("{\"TableName\": \"orders\", \"Item\": {\"id.$\": \"$.orderId\"}}");
        // WHEN
        IdempotencyReport report = IdempotencyCheck.of(machine)
                .withOptions(ExecutionOptions.defaults().withInput("{\"orderId\": \"O-1\"}"))
                .withFake(() -> new TableFake(false), TableFake::state).run();
        // THEN
        then(report.problems()).singleElement().satisfies(f -> {
            then(f.parametersDiff()).isNull();
            then(f.sideEffectDiff()).isEqualTo("the side effects differ at /: expected an array of 1 items but it has 2: "
                    + "[{\"id\":\"O-1\"},{\"id\":\"O-1\"}]");
        });
    }

    @Test
    void says_which_retried_tasks_the_input_does_not_reach_without_calling_them_problems() {
        // GIVEN: the second task only runs when the order is flagged
        StateMachine machine = DefinitionReader.standard().read("""
                {"StartAt": "Flagged", "States": {
                  "Flagged": {"Type": "Choice", "Choices": [{"Variable": "$.flagged", "BooleanEquals": true, "Next": "Audit"}],
                              "Default": "Done"},
                  "Audit": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage",
                            "Parameters": {"QueueUrl": "q", "MessageBody.$": "$"},
                            "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 2}], "End": true},
                  "Done": {"Type": "Succeed"}}}""", "audit.asl.json").orElseThrow();
        // WHEN
        IdempotencyReport report = IdempotencyCheck.of(machine)
                .withOptions(ExecutionOptions.defaults().withInput("{\"flagged\": false}"))
                .withFake(() -> new TableFake(true), TableFake::state).run();
        // THEN
        then(report.problems()).isEmpty();
        then(report.notReached()).containsExactly("Audit");
        then(report.toString()).isEqualTo("Task 'Audit' was not reached with this input; run the check with an input that reaches it.");
    }
}
