package dev.stepproof.junit;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import static dev.stepproof.junit.Fixtures.answering;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

@ResourceLock(Resources.SYSTEM_OUT) // EngineKit captures System.out while a fixture runs
class StepProofExtensionStoreTest {

    @EngineFixture
    @StepFunctionsTest(definition = "dev/stepproof/junit/payment.asl.json")
    @ExtendWith(Shared.Resolver.class)
    @TestMethodOrder(MethodOrderer.MethodName.class)
    static class LifecycleFixture {

        @Test
        void a_runs_once(StepFunctionsHarness sfn, Shared shared) {
            sfn.withTasks(answering("{}")).run();
            shared.put("first", sfn);
        }

        @Test
        void b_finds_the_first_harness_closed(StepFunctionsHarness sfn, Shared shared) {
            StepFunctionsHarness first = shared.get("first", () -> null);

            then(first).isNotSameAs(sfn);
            then(first.executions()).hasSize(1);
            then(catchThrowable(first::run)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("The StepFunctionsHarness of test [a_runs_once(StepFunctionsHarness, Shared)] is closed: "
                            + "its test has ended, so it runs no more executions");
            then(sfn.executions()).isEmpty();
        }
    }

    @Test
    void the_store_should_close_a_harness_when_its_test_ends_and_keep_its_executions_readable() {
        // WHEN
        EngineExecutionResults results = EngineKit.run(LifecycleFixture.class);

        // THEN
        then(EngineKit.failure(results, "b_finds_the_first_harness_closed")).isEmpty();
        results.testEvents().assertStatistics(stats -> stats.succeeded(2).failed(0));
    }
}
