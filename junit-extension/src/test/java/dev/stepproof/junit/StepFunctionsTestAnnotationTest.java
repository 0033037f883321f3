package dev.stepproof.junit;

import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import static dev.stepproof.junit.Fixtures.answering;
import static dev.stepproof.junit.StepProofAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

/** The declarative registration, used as users would: the annotation configures, the harness is injected. */
@StepFunctionsTest(definition = "dev/stepproof/junit/payment.asl.json", seed = 7, startTime = "2026-03-01T09:00:00Z")
class StepFunctionsTestAnnotationTest {

    private StepFunctionsHarness fromBeforeEach;

    @BeforeEach
    void answer_every_charge(StepFunctionsHarness sfn) {
        fromBeforeEach = sfn.withTasks(answering("{\"charged\": true}"));
    }

    @Test
    void should_run_the_definition_named_by_the_annotation(StepFunctionsHarness sfn) {
        // WHEN
        Execution execution = sfn.run("{\"amount\": 5}");

        // THEN
        assertThat(execution).succeeded().followedPath("Validate", "Charge", "Done").hasOutput("{\"charged\": true}");
        then(sfn.stateMachine().startAt()).isEqualTo("Validate");
    }

    @Test
    void should_apply_the_seed_and_start_time_of_the_annotation(StepFunctionsHarness sfn) {
        // GIVEN
        AtomicReference<ExecutionOptions> used = new AtomicReference<>();
        sfn.withOptions(options -> {
            used.set(options);
            return options;
        });

        // WHEN
        Execution execution = sfn.run();

        // THEN
        then(used.get().seed()).isEqualTo(7L);
        then(execution.startTime()).isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));
    }

    @Test
    void should_give_before_each_and_the_test_the_same_harness(StepFunctionsHarness sfn) {
        // WHEN
        sfn.run();

        // THEN
        then(sfn).isSameAs(fromBeforeEach);
        then(fromBeforeEach.executions()).hasSize(1);
    }

    @RepeatedTest(2)
    void should_give_each_test_a_fresh_harness(StepFunctionsHarness sfn) {
        // WHEN
        sfn.run();

        // THEN
        then(sfn.executions()).hasSize(1);
    }

    @Test
    @StepFunctionsTest(definition = "dev/stepproof/junit/payment.asl.json", startTime = "2030-01-01T00:00:00Z")
    void a_method_annotation_should_replace_the_class_annotation(StepFunctionsHarness sfn) {
        // GIVEN
        AtomicReference<Long> seed = new AtomicReference<>();
        sfn.withOptions(options -> {
            seed.set(options.seed());
            return options;
        });

        // WHEN
        Execution execution = sfn.run();

        // THEN
        then(execution.startTime()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
        then(seed.get()).isZero();
    }

    @Nested
    class Nested_classes {

        @Test
        void should_use_the_enclosing_class_annotation(StepFunctionsHarness sfn) {
            // WHEN
            Execution execution = sfn.run();

            // THEN
            assertThat(execution).succeeded();
            then(execution.startTime()).isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));
        }
    }
}
