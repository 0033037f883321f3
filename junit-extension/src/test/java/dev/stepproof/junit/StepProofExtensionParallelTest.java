package dev.stepproof.junit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.util.Map;
import java.util.concurrent.CountDownLatch;

import static dev.stepproof.junit.Fixtures.answering;
import static dev.stepproof.junit.StepProofAssertions.assertThat;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.BDDAssertions.then;

@ResourceLock(Resources.SYSTEM_OUT) // EngineKit captures System.out while a fixture runs
class StepProofExtensionParallelTest {

    private static final int TESTS = 4;

    @EngineFixture
    @StepFunctionsTest(definition = "dev/stepproof/junit/payment.asl.json")
    @ExtendWith(Shared.Resolver.class)
    @Execution(ExecutionMode.CONCURRENT)
    static class ConcurrentFixture {

        @Test
        void first(StepFunctionsHarness sfn, Shared shared) throws InterruptedException {
            runAlongsideTheOthers(sfn, shared, 1, false);
        }

        @Test
        void second(StepFunctionsHarness sfn, Shared shared) throws InterruptedException {
            runAlongsideTheOthers(sfn, shared, 2, true);
        }

        @Test
        void third(StepFunctionsHarness sfn, Shared shared) throws InterruptedException {
            runAlongsideTheOthers(sfn, shared, 3, false);
        }

        @Test
        void fourth(StepFunctionsHarness sfn, Shared shared) throws InterruptedException {
            runAlongsideTheOthers(sfn, shared, 4, true);
        }

        private static void runAlongsideTheOthers(StepFunctionsHarness sfn, Shared shared, int id, boolean fail)
                throws InterruptedException {
            CountDownLatch together = shared.get("together", () -> new CountDownLatch(TESTS));
            String json = "{\"id\": " + id + "}";
            sfn.withTasks(answering(json)).run(json);
            together.countDown();
            // Each test waits for all the others, so the fixture passes only if the four overlap in time.
            then(together.await(20, SECONDS)).as("all %d tests running at once", TESTS).isTrue();
            sfn.run(json);
            then(sfn.executions()).hasSize(2).allSatisfy(execution -> assertThat(execution).hasOutput(json));
            if (fail) {
                throw new AssertionError("failed on purpose");
            }
        }
    }

    @Test
    void concurrent_tests_should_each_see_and_report_only_their_own_executions() {
        // GIVEN
        Map<String, String> parallel = Map.of(
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", String.valueOf(TESTS));

        // WHEN
        EngineExecutionResults results = EngineKit.run(ConcurrentFixture.class, parallel);

        // THEN
        then(EngineKit.failure(results, "first")).isEmpty();
        then(EngineKit.failure(results, "third")).isEmpty();
        then(EngineKit.failure(results, "second")).get().asString().contains("failed on purpose");
        then(EngineKit.reports(results, "second")).singleElement().asString()
                .startsWith("StepProof: 2 executions in test [second(StepFunctionsHarness, Shared)]")
                .contains("input: {\"id\":2}").doesNotContain("\"id\":1", "\"id\":3", "\"id\":4");
        then(EngineKit.reports(results, "fourth")).singleElement().asString()
                .contains("input: {\"id\":4}").doesNotContain("\"id\":1", "\"id\":2", "\"id\":3");
        then(EngineKit.reports(results, "first")).isEmpty();
    }
}
