package dev.stepproof.toolkit;

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
 * starts no threads of its own. The history is the golden file golden/fan-out.history.json
 * ({@link GoldenHistoryTest}).
 */
class InterpreterDeterminismTest {

    private static final int EXECUTIONS = 1_000;
    private static final int THREADS = 8;

    /**
     * The golden fan-out case (golden/fan-out.asl.json): Parallel, Map, FULL-jitter retries, UUIDs and MathRandom,
     * every random draw the interpreter makes; its task invoker is stateless, so every thread shares it.
     */
    private static final GoldenHistories.Case FAN_OUT = GoldenHistories.CASES.stream()
            .filter(c -> c.name().equals("fan-out")).findFirst().orElseThrow();

    private static final Interpreter INTERPRETER = FAN_OUT.interpreter();

    private static String history(long seed) {
        Execution execution = INTERPRETER.execute(ExecutionOptions.defaults().withName("golden-fan-out")
                .withInput(FAN_OUT.input()).withSeed(seed).withTaskInvoker(FAN_OUT.invoker()));
        then(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        return GoldenHistories.render(execution);
    }

    @Test
    void should_write_byte_identical_histories_for_one_seed_across_concurrent_executions() throws Exception {
        // GIVEN the history of one execution, run alone: the golden file's bytes
        String reference = history(FAN_OUT.seed());
        if (!GoldenHistories.updating()) {
            then(reference).as("history of the golden fan-out case").isEqualTo(GoldenHistories.golden(FAN_OUT));
        }
        // WHEN 1,000 executions with the same seed run at once on 8 threads, sharing the interpreter
        List<String> histories = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < EXECUTIONS; i++) {
                futures.add(pool.submit(() -> history(FAN_OUT.seed())));
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
