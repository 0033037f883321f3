package dev.stepproof.toolkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.catalogue.IntegrationCatalogue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import static dev.stepproof.toolkit.MockWorkflows.JSON;
import static dev.stepproof.toolkit.MockWorkflows.interpreter;
import static dev.stepproof.toolkit.MockWorkflows.json;
import static org.assertj.core.api.BDDAssertions.then;

/** One Mocks definition shared by executions on many threads: sessions stay independent; a shared session stays consistent. */
class Mocks_concurrency_Test {

    private static final int THREADS = 8;
    private static final int RUNS_PER_THREAD = 100;
    private static final Interpreter CHARGE = interpreter("""
            {"StartAt": "Charge", "States": {"Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
              "Parameters": {"FunctionName": "charge", "Payload": {"run.$": "$.run"}},
              "Retry": [{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 1}], "End": true}}}""");

    private static final int ITEMS = 20;
    private static final Interpreter CHARGE_EACH = interpreter("""
            {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.items", "End": true,
              "ItemProcessor": {"StartAt": "Charge", "States": {"Charge": {"Type": "Task",
                "Resource": "arn:aws:states:::lambda:invoke", "ResultSelector": {"r.$": "$"}, "End": true}}}}}}""");

    @Test
    void should_keep_sessions_of_a_shared_mocks_independent_across_threads() throws Exception {
        // GIVEN: every session throttles once, then echoes its run number
        Mocks mocks = Mocks.of(Mock.forState("Charge").throttles()
                .answersPayload(call -> JSON.createObjectNode().set("run", call.parameters().at("/Payload/run"))));
        // WHEN
        List<MockSession> sessions = runConcurrently(run -> {
            MockSession session = mocks.session();
            Execution execution = execute(run, session);
            then(execution.output()).isEqualTo(expectedOutput(run));
            return session;
        });
        // THEN
        then(sessions).hasSize(THREADS * RUNS_PER_THREAD).allSatisfy(session -> {
            then(session.calls()).extracting(MockCall::attempt).containsExactly(1, 2);
            then(session.calls().get(0).outcome()).isInstanceOf(MockCall.Failed.class);
            then(session.unmatched()).isEmpty();
        });
    }

    @Test
    void should_advance_one_shared_session_exactly_once_per_call_across_threads() throws Exception {
        // GIVEN: each execution calls Charge once per item, so many calls overlap
        int total = THREADS * RUNS_PER_THREAD * ITEMS;
        MockSession shared = Mocks.of(Mock.forState("Charge").returns("0").times(total / 2).returns("1")).session();
        // WHEN
        List<JsonNode> outputs = runConcurrently(run -> CHARGE_EACH.execute(ExecutionOptions.defaults()
                .withInput("{\"items\": " + JSON.valueToTree(new int[ITEMS]) + "}").withTaskInvoker(shared)).output());
        // THEN: exactly half the calls got the first response
        then(outputs.stream().flatMap(o -> o.findValues("r").stream()).mapToInt(JsonNode::asInt).sum()).isEqualTo(total / 2);
        then(shared.callCount("Charge")).isEqualTo(total);
        then(shared.calls()).hasSize(total);
    }

    private static Execution execute(int run, MockSession session) {
        return CHARGE.execute(ExecutionOptions.defaults().withInput("{\"run\": " + run + "}").withTaskInvoker(session));
    }

    private static JsonNode expectedOutput(int run) {
        JsonNode params = json("{\"FunctionName\": \"charge\", \"Payload\": {\"run\": " + run + "}}");
        return IntegrationCatalogue.standard().wrap("lambda", "invoke", json("{\"run\": " + run + "}"), params);
    }

    /** Runs {@code work} for run numbers 0 … THREADS × RUNS_PER_THREAD − 1, RUNS_PER_THREAD per thread, all threads released at once. */
    private static <T> List<T> runConcurrently(IntFunction<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<T>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int first = t * RUNS_PER_THREAD;
                Callable<List<T>> batch = () -> {
                    start.await();
                    List<T> results = new ArrayList<>();
                    for (int run = first; run < first + RUNS_PER_THREAD; run++) {
                        results.add(work.apply(run));
                    }
                    return results;
                };
                futures.add(pool.submit(batch));
            }
            start.countDown();
            List<T> all = new ArrayList<>();
            for (Future<List<T>> f : futures) {
                all.addAll(f.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }
}
