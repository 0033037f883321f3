package dev.stepproof.toolkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepproof.toolkit.spi.TaskResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static dev.stepproof.toolkit.MockWorkflows.JSON;
import static dev.stepproof.toolkit.MockWorkflows.START;
import static dev.stepproof.toolkit.MockWorkflows.json;
import static dev.stepproof.toolkit.MockWorkflows.run;
import static dev.stepproof.toolkit.MockWorkflows.task;
import static org.assertj.core.api.BDDAssertions.then;

/** Java handlers: stateful fakes, whole TaskResults, and handlers that misbehave. */
class Mocks_handler_Test {

    private static final String LAMBDA = "arn:aws:states:::lambda:invoke";

    /** An in-memory DynamoDB table keyed by the item's id, as a test would write it. */
    private static final class FakeTable {
        private final Map<String, JsonNode> items = new HashMap<>();

        JsonNode putItem(JsonNode parameters) {
            JsonNode item = parameters.path("Item");
            items.put(item.path("id").path("S").asText(), item);
            return JSON.createObjectNode();
        }

        JsonNode getItem(JsonNode parameters) {
            JsonNode item = items.get(parameters.path("Key").path("id").path("S").asText());
            ObjectNode response = JSON.createObjectNode();
            return item == null ? response : response.set("Item", item);
        }
    }

    @Test
    void should_keep_state_across_calls_in_a_handler_based_fake() {
        // GIVEN
        FakeTable table = new FakeTable();
        Mocks mocks = Mocks.of(
                Mock.forResource("arn:aws:states:::dynamodb:putItem").answers(call -> table.putItem(call.parameters())),
                Mock.forResource("arn:aws:states:::dynamodb:getItem").answers(call -> table.getItem(call.parameters())));
        String definition = """
                {"StartAt": "Save", "States": {
                  "Save": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:putItem", "ResultPath": null,
                           "Parameters": {"TableName": "orders", "Item": {"id": {"S.$": "$.id"}, "total": {"N.$": "$.total"}}},
                           "Next": "Load"},
                  "Load": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:getItem",
                           "Parameters": {"TableName": "orders", "Key": {"id": {"S.$": "$.id"}}},
                           "OutputPath": "$.Item", "End": true}}}""";
        // WHEN
        Execution execution = run(definition, "{\"id\": \"o-1\", \"total\": \"42\"}", mocks.session());
        // THEN
        then(execution.output()).isEqualTo(json("{\"id\": {\"S\": \"o-1\"}, \"total\": {\"N\": \"42\"}}"));
        then(table.items).containsOnlyKeys("o-1");
    }

    @Test
    void should_let_a_handler_decide_the_whole_task_result() {
        // GIVEN
        Mocks mocks = Mocks.of(Mock.forState("Charge").answersResult(call -> call.attempt() == 1
                ? new TaskResult.Failure("Lambda.ServiceException", "try again", Duration.ofSeconds(2))
                : TaskResult.success(json("{\"charged\": true}"))));
        String definition = """
                {"StartAt": "Charge", "States": {"Charge": {"Type": "Task", "Resource": "%s",
                  "Retry": [{"ErrorEquals": ["Lambda.ServiceException"], "IntervalSeconds": 1}], "End": true}}}"""
                .formatted(LAMBDA);
        // WHEN
        Execution execution = run(definition, "{}", mocks.session());
        // THEN: 2 s for the failed call, 1 s back-off
        then(execution.output()).isEqualTo(json("{\"charged\": true}"));
        then(execution.stopTime()).isEqualTo(START.plusSeconds(3));
    }

    @Test
    void should_fail_the_task_when_a_handler_returns_null() {
        // GIVEN
        Mocks mocks = Mocks.of(Mock.forState("Charge").answers(call -> null));
        // WHEN
        Execution execution = run(task("Charge", LAMBDA, "{}"), "{}", mocks.session());
        // THEN
        then(execution.error()).isEqualTo("StepProof.MockHandlerError");
        then(execution.cause()).isEqualTo("Mock forState(\"Charge\") answered Task state 'Charge' (attempt 1) with null:"
                + " expected a JsonNode (NullNode.getInstance() for JSON null) or a TaskResult");
    }

    @Test
    void should_report_and_record_a_handler_that_throws_as_the_tasks_failure() {
        // GIVEN
        Mocks mocks = Mocks.of(Mock.forState("Charge").answers(call -> {
            throw new IllegalStateException("card service down");
        }));
        MockSession session = mocks.session();
        // WHEN
        Execution execution = run(task("Charge", LAMBDA, "{}"), "{}", session);
        // THEN
        then(execution.error()).isEqualTo("IllegalStateException");
        then(execution.cause()).isEqualTo("card service down");
        then(session.calls()).extracting(MockCall::outcome)
                .containsExactly(new MockCall.Failed("IllegalStateException", "card service down", Duration.ZERO));
    }
}
