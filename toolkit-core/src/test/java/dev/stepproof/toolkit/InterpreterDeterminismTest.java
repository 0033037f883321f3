package dev.stepproof.toolkit;

import dev.stepproof.toolkit.spi.TaskInvoker;
import dev.stepproof.toolkit.spi.TaskResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.BDDAssertions.then;

/**
 * Same definition, input and seed, same execution, event for event: also when one {@link Interpreter} runs many
 * executions at once on a thread pool, with Parallel branches, Map iterations, retries with full jitter,
 * {@code States.UUID} and {@code States.MathRandom} all drawing from the seeded random source. And the interpreter
 * starts no threads of its own.
 */
class InterpreterDeterminismTest {

    private static final int EXECUTIONS = 1_000;
    private static final int THREADS = 8;

    /** Every random draw the interpreter makes is here: UUIDs and MathRandom in templates, jitter in two retriers. */
    private static final String DEFINITION = """
            {"StartAt": "Prepare", "States": {
              "Prepare": {"Type": "Pass", "Next": "Fan",
                "Parameters": {"id.$": "States.UUID()", "roll.$": "States.MathRandom(1, 1000)", "items.$": "$.items"}},
              "Fan": {"Type": "Parallel", "End": true, "Branches": [
                {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": 3, "End": true,
                  "ItemSelector": {"item.$": "$$.Map.Item.Value", "token.$": "States.UUID()", "roll.$": "States.MathRandom(0, 100)"},
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Work", "States": {
                    "Work": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
                      "Parameters": {"FunctionName": "work", "Payload.$": "$"},
                      "Retry": [{"ErrorEquals": ["Flaky"], "MaxAttempts": 4, "IntervalSeconds": 2, "BackoffRate": 2,
                                 "JitterStrategy": "FULL"}]}}}}}},
                {"StartAt": "Other", "States": {"Other": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
                  "Parameters": {"FunctionName": "other", "id.$": "States.UUID()"},
                  "Retry": [{"ErrorEquals": ["Flaky"], "MaxAttempts": 3, "IntervalSeconds": 5, "JitterStrategy": "FULL"}]}}}]}}}""";

    private static final String INPUT = "{\"items\": [1, 2, 3, 4, 5, 6, 7, 8]}";

    /** Stateless, so one instance serves every thread: even items and 'other' fail twice, then succeed. */
    private static final TaskInvoker FLAKY_TWICE = invocation -> {
        boolean flaky = invocation.parameters().path("Payload").path("item").asInt() % 2 == 0
                || invocation.parameters().has("id");
        return flaky && invocation.attempt() <= 2
                ? TaskResult.failure("Flaky", "attempt " + invocation.attempt())
                : TaskResult.success(invocation.parameters());
    };

    private static final Interpreter INTERPRETER =
            Interpreter.of(DefinitionReader.standard().read(DEFINITION, "determinism.asl.json").orElseThrow());

    private static String history(long seed) {
        Execution execution = INTERPRETER.execute(ExecutionOptions.defaults().withInput(INPUT).withSeed(seed)
                .withTaskInvoker(FLAKY_TWICE));
        then(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        return execution.history().toJson().toString();
    }

    @Test
    void should_write_byte_identical_histories_for_one_seed_across_concurrent_executions() throws Exception {
        // GIVEN the history of one execution, run alone
        String reference = history(7);
        // WHEN 1,000 executions with the same seed run at once on 8 threads, sharing the interpreter
        List<String> histories = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < EXECUTIONS; i++) {
                futures.add(pool.submit(() -> history(7)));
            }
            for (Future<String> future : futures) {
                histories.add(future.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
            then(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        // THEN every history is the reference, byte for byte
        then(histories).hasSize(EXECUTIONS);
        then(histories.stream().filter(h -> !h.equals(reference)).count())
                .as("executions whose history differs from the one run alone").isZero();
    }

    @Test
    void should_draw_every_random_value_from_the_seed() {
        // GIVEN the history of seed 7: retries happened (so jitter was drawn), UUIDs and rolls were written
        String seven = history(7);
        then(seven).contains("\"TaskFailed\"", "\"MapIterationSucceeded\"", "\"ParallelStateSucceeded\"");
        // WHEN / THEN another seed changes the history, and the same seed gives it back
        then(history(8)).isNotEqualTo(seven);
        then(history(7)).isEqualTo(seven);
    }

    @Test
    void should_leave_no_threads_behind() {
        // GIVEN the live threads before
        Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
        // WHEN executions with Parallel branches, Map iterations and retries run on this thread
        for (int seed = 0; seed < 50; seed++) {
            history(seed);
        }
        // THEN no thread exists now that did not before
        List<String> started = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.isAlive())
                .map(t -> t.getName() + (t.isDaemon() ? " (daemon)" : ""))
                .toList();
        then(started).as("threads started by the interpreter and still alive").isEmpty();
    }
}
