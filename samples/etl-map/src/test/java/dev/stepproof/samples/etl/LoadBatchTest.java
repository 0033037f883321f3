package dev.stepproof.samples.etl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionOptions;
import dev.stepproof.toolkit.FaultPlan;
import dev.stepproof.toolkit.Interpreter;
import dev.stepproof.toolkit.Mock;
import dev.stepproof.toolkit.Mocks;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.BDDAssertions.then;

/**
 * The batch load against a downstream table that accepts only 3 writes per second while the Map runs 10 at a
 * time: the Retry absorbs the throttling, on the virtual clock; records that fail for good are tolerated up to
 * the batch's limit.
 */
class LoadBatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Interpreter WORKFLOW = Interpreter.of(
            DefinitionReader.standard().readResource("statemachines/load-batch.asl.json").orElseThrow());

    private static ObjectNode batch(int records, int maxFailures) {
        ObjectNode input = JSON.createObjectNode().put("batchId", "B-7").put("maxFailures", maxFailures);
        ArrayNode list = input.putArray("records");
        for (int i = 0; i < records; i++) {
            list.addObject().put("id", i).put("amount", i * 10);
        }
        return input;
    }

    private static final Mocks TABLE = Mocks.of(Mock.forResource("arn:aws:states:::dynamodb:putItem").returnsPayload("{}"));

    @Test
    void loads_every_record_through_a_throttled_table() {
        // GIVEN: the table takes 3 writes per virtual second; the excess is throttled with DynamoDB's own error
        FaultPlan limit = FaultPlan.empty().rateLimit("arn:aws:states:::dynamodb:putItem", 3);

        // WHEN
        Execution execution = WORKFLOW.execute(ExecutionOptions.defaults().withInput(batch(30, 3)).withSeed(1)
                .withTaskInvoker(limit.around(TABLE.session())));

        // THEN
        then(execution.succeeded()).as(execution.toString()).isTrue();
        then(execution.output().toString()).isEqualTo("{\"total\":30,\"failed\":0}");
        then(execution.history().events()).anySatisfy(e ->
                then(e.error()).isEqualTo("DynamoDB.ProvisionedThroughputExceededException"));
        then(execution.stopTime()).isAfter(execution.startTime());
    }

    @Test
    void tolerates_a_few_records_that_fail_for_good() {
        // GIVEN: records 3 and 7 are rejected by validation
        Mocks table = Mocks.of(
                Mock.forResource("arn:aws:states:::dynamodb:putItem")
                        .when("bad record", p -> p.path("Item").path("pk").asText().matches("B-7#[37]"))
                        .fails("DynamoDB.ValidationException", "One or more parameter values were invalid"),
                Mock.forResource("arn:aws:states:::dynamodb:putItem").returnsPayload("{}"));

        // WHEN
        Execution execution = WORKFLOW.execute(ExecutionOptions.defaults().withInput(batch(10, 2)).withTaskInvoker(table.session()));

        // THEN
        then(execution.succeeded()).isTrue();
        then(execution.output().toString()).isEqualTo("{\"total\":10,\"failed\":2}");
    }

    @Test
    void fails_the_batch_when_more_records_fail_than_it_tolerates() {
        // GIVEN: chaos makes a third of the writes fail for good (seeded: the same records every run)
        FaultPlan chaos = FaultPlan.chaos(7).onResource("arn:aws:states:::dynamodb:putItem")
                .everyAttempt().withProbability(0.33).fail("DynamoDB.InternalServerError", "Internal server error");

        // WHEN
        Execution first = WORKFLOW.execute(ExecutionOptions.defaults().withInput(batch(20, 2))
                .withTaskInvoker(chaos.around(TABLE.session())));
        Execution replay = WORKFLOW.execute(ExecutionOptions.defaults().withInput(batch(20, 2))
                .withTaskInvoker(chaos.around(TABLE.session())));

        // THEN
        then(first.error()).isEqualTo("Batch.TooManyFailures");
        then(replay.history().toJson()).isEqualTo(first.history().toJson());
    }
}
