package dev.stepproof.samples.distributedetl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionOptions;
import dev.stepproof.toolkit.Interpreter;
import dev.stepproof.toolkit.MapRun;
import dev.stepproof.toolkit.Mock;
import dev.stepproof.toolkit.Mocks;
import dev.stepproof.toolkit.S3Objects;
import dev.stepproof.toolkit.S3Output;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import static dev.stepproof.junit.StepProofAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

/**
 * The distributed ETL over a 10,000-row CSV of orders that the test generates: 200 batches of 50 orders, each a
 * child execution calling the (mocked) load-orders Lambda, results written to an in-memory S3 output that the test
 * reads back. A batch with an order of negative amount is rejected by the Lambda; up to 5 % of batches may fail.
 */
class LoadOrdersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Interpreter WORKFLOW = Interpreter.of(
            DefinitionReader.standard().readResource("statemachines/load-orders.asl.json").orElseThrow());
    private static final String INPUT = "{\"bucket\": \"landing\", \"key\": \"orders/2026-03-01.csv\", \"day\": \"2026-03-01\"}";

    /** 10,000 orders; the orders whose number is in {@code bad} have a negative amount. */
    private static S3Objects orders(Set<Integer> bad) {
        StringBuilder csv = new StringBuilder("order_id,customer,amount\n");
        IntStream.range(0, 10_000).forEach(i -> csv.append("O-").append(i).append(",C-").append(i % 97).append(',')
                .append(bad.contains(i) ? "-1.00" : (i % 500) + ".99").append('\n'));
        return S3Objects.builder().put("landing", "orders/2026-03-01.csv", csv.toString()).build();
    }

    /** The Lambda: loads a batch, or rejects it when an order has a negative amount. */
    private static final Mocks LAMBDA = Mocks.of(
            Mock.forResource("arn:aws:states:::lambda:invoke")
                    .when("a batch with a negative amount", p -> StreamSupport.stream(p.path("Payload").path("Items").spliterator(), false)
                            .anyMatch(order -> order.path("amount").asText().startsWith("-")))
                    .fails("InvalidOrder", "{\"errorMessage\":\"negative amount\",\"errorType\":\"InvalidOrder\"}"),
            Mock.forResource("arn:aws:states:::lambda:invoke")
                    .answersPayload(call -> JSON.createObjectNode().put("loaded", call.parameters().path("Payload").path("Items").size())
                            .put("day", call.parameters().path("Payload").path("BatchInput").path("day").asText())));

    private static Execution load(S3Objects objects, S3Output results) {
        return WORKFLOW.execute(ExecutionOptions.defaults().withInput(INPUT).withS3Objects(objects).withS3Output(results)
                .withTaskInvoker(LAMBDA.session()));
    }

    @Test
    void loads_all_orders_in_batches_of_fifty_and_writes_the_results_to_s3() throws IOException {
        // GIVEN
        S3Output results = S3Output.inMemory();

        // WHEN
        Execution execution = load(orders(Set.of()), results);

        // THEN
        assertThat(execution).succeeded().mapRun("LoadOrders").succeeded().hasItemCounts(200, 0, 200);
        MapRun run = execution.mapRuns("LoadOrders").get(0);
        then(run.mapRunArn()).contains(":mapRun:StateMachine/orders:");
        JsonNode manifestRef = execution.output().path("manifest");
        then(manifestRef.path("Bucket").asText()).isEqualTo("etl-results");
        then(manifestRef.path("Key").asText()).startsWith("orders/2026-03-01/").endsWith("/manifest.json");

        JsonNode manifest = JSON.readTree(results.text("etl-results", manifestRef.path("Key").asText()).orElseThrow());
        then(manifest.path("ResultFiles").path("FAILED")).isEmpty();
        String succeededKey = manifest.path("ResultFiles").path("SUCCEEDED").get(0).path("Key").asText();
        JsonNode succeeded = JSON.readTree(results.text("etl-results", succeededKey).orElseThrow());
        then(succeeded).hasSize(200);
        long loaded = 0;
        for (JsonNode child : succeeded) {
            JsonNode output = JSON.readTree(child.path("Output").asText());
            then(output.path("loaded").asInt()).isEqualTo(50);
            loaded += output.path("loaded").asLong();
        }
        then(loaded).isEqualTo(10_000);
    }

    @Test
    void tolerates_a_few_rejected_batches_and_lists_them_in_the_failed_results() throws IOException {
        // GIVEN: orders in 6 different batches (3 % of 200) are invalid
        S3Output results = S3Output.inMemory();

        // WHEN
        Execution execution = load(orders(Set.of(10, 510, 1010, 4020, 7777, 9999)), results);

        // THEN
        assertThat(execution).succeeded().mapRun("LoadOrders").succeeded().hasItemCounts(194, 6, 200);
        MapRun run = execution.mapRuns("LoadOrders").get(0);
        then(run.failures()).extracting(MapRun.ChildExecution::error).containsOnly("InvalidOrder");
        String folder = execution.output().path("manifest").path("Key").asText().replace("manifest.json", "");
        JsonNode failed = JSON.readTree(results.text("etl-results", folder + "FAILED_0.json").orElseThrow());
        then(failed).hasSize(6);
        then(failed.get(0).path("Status").asText()).isEqualTo("FAILED");
        then(JSON.readTree(failed.get(0).path("Input").asText()).path("Items")).hasSize(50);
    }

    @Test
    void fails_the_run_when_more_batches_fail_than_it_tolerates() {
        // GIVEN: one bad order in each of the first 11 batches: 5.5 % of the batches
        Set<Integer> bad = Set.copyOf(IntStream.range(0, 11).map(b -> b * 50 + 7).boxed().toList());

        // WHEN
        Execution execution = load(orders(bad), S3Output.inMemory());

        // THEN
        assertThat(execution).failedWith("Etl.TooManyBadBatches").followedPath("LoadOrders", "TooManyBadBatches")
                .mapRun("LoadOrders").failedWith("States.ExceedToleratedFailureThreshold");
    }
}
