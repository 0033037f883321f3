package dev.stepproof.junit;

import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;

import static dev.stepproof.junit.Fixtures.PAYMENT;
import static dev.stepproof.junit.Fixtures.POLLING;
import static dev.stepproof.junit.Fixtures.answering;
import static dev.stepproof.junit.Fixtures.doneOnCall;
import static dev.stepproof.junit.Fixtures.failingWith;
import static dev.stepproof.junit.StepProofAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

/** The programmatic registration: a builder holds the settings every test's harness starts from. */
class StepProofExtensionRegisterExtensionTest {

    @RegisterExtension
    static final StepProofExtension sfn = StepProofExtension.newInstance()
            .definition(DefinitionSource.text(PAYMENT))
            .tasks(answering("{\"charged\": true}"))
            .input("{\"amount\": 5}")
            .seed(42)
            .startTime(Instant.parse("2026-06-01T00:00:00Z"))
            .limits(ExecutionLimits.aws().withMaxTransitions(5))
            .options(options -> options.withName("registered"))
            .build();

    @Test
    void should_start_the_harness_from_the_builder_settings(StepFunctionsHarness harness) {
        // WHEN
        Execution execution = harness.run();

        // THEN
        assertThat(execution).succeeded().task("Charge").call(1)
                .withParameters("{\"Payload\": {\"amount\": 5}, \"FunctionName\": \"charge\"}");
        then(execution.startTime()).isEqualTo(Instant.parse("2026-06-01T00:00:00Z"));
        then(execution.history().events().get(0).details().toString()).contains("amount");
    }

    @Test
    void should_let_a_test_change_its_own_harness_only(StepFunctionsHarness harness) {
        // WHEN
        Execution refused = harness.withTasks(failingWith("Payment.Refused", "no funds")).run("{\"amount\": 1}");

        // THEN
        assertThat(refused).failedWith("Payment.Refused", "card declined");
    }

    @Test
    void should_apply_the_builder_limits(StepFunctionsHarness harness) {
        // WHEN: a loop of 3 polls enters 7 states, beyond the 5 allowed
        Execution looped = harness.withDefinitionText(POLLING).withTasks(doneOnCall(3)).run();

        // THEN: the status is left unasserted (the interpreter says FAILED, ExecutionStatus's javadoc ABORTED)
        then(looped.error()).isEqualTo("StepProof.TransitionLimitExceeded");
    }

    @Test
    void should_apply_the_builder_options_customizer(StepFunctionsHarness harness) {
        // GIVEN
        StringBuilder seen = new StringBuilder();
        harness.withOptions(options -> {
            seen.append(options.name()).append('/').append(options.seed());
            return options;
        });

        // WHEN
        harness.run();

        // THEN
        then(seen).hasToString("registered/42");
    }
}
