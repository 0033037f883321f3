package dev.stepproof.junit;

import dev.stepproof.toolkit.Execution;
import org.junit.jupiter.api.Test;

import static dev.stepproof.junit.Fixtures.PAYMENT;
import static dev.stepproof.junit.Fixtures.answering;
import static dev.stepproof.junit.Fixtures.expectAssertionError;
import static dev.stepproof.junit.Fixtures.failingWith;
import static dev.stepproof.junit.Fixtures.run;
import static org.assertj.core.api.BDDAssertions.then;

class SoftStepProofAssertionsTest {

    private final Execution refused = run(PAYMENT, "{\"amount\": 5}", failingWith("Payment.Refused", "no funds"));

    /** AssertJ adds the line of each soft assertion to its message; the text before it is ours. */
    private static java.util.List<String> messagesOf(SoftStepProofAssertions softly) {
        return softly.assertionErrorsCollected().stream()
                .map(e -> e.getMessage().replaceFirst("\nat [^\n]*$", ""))
                .toList();
    }

    @Test
    void should_collect_every_failure_including_those_of_navigated_asserts() {
        // GIVEN
        SoftStepProofAssertions softly = new SoftStepProofAssertions();

        // WHEN
        softly.assertThat(refused).succeeded();
        softly.assertThat(refused).failedWith("Payment.Refused").task("Charge").calledTimes(2);
        softly.assertThat(refused).task("Charge").call(1).withParameters("{\"Payload\": {\"amount\": 6}}");
        softly.assertThat(refused).followedPath("Validate", "Charge", "Refund");
        softly.assertThat(refused.error()).isEqualTo("Payment.Refused");

        // THEN
        then(messagesOf(softly)).containsExactly(
                "Expecting execution to have succeeded but it FAILED with error 'Payment.Refused' and cause "
                        + "'card declined'; path: [Validate, Charge, Refund]",
                "Expecting task 'Charge' to have been called 2 times but it was called 1 time; "
                        + "path: [Validate, Charge, Refund]\ncalls:\n  1. {\"FunctionName\":\"charge\",\"Payload\":{\"amount\":5}}",
                "Expecting call 1 of task 'Charge' to have parameters containing:\n  {\"Payload\":{\"amount\":6}}\n"
                        + "but they were:\n  {\"FunctionName\":\"charge\",\"Payload\":{\"amount\":5}}\n"
                        + "first difference at /Payload/amount: expected 6 but was 5");
    }

    @Test
    void should_go_on_after_a_failed_visited_and_report_both_failures() {
        // GIVEN
        SoftStepProofAssertions softly = new SoftStepProofAssertions();

        // WHEN
        softly.assertThat(refused).visited("Done").times(1);

        // THEN
        then(messagesOf(softly)).containsExactly(
                "Expecting execution to have visited 'Done' but it never did; path: [Validate, Charge, Refund]",
                "Expecting state 'Done' to have been visited 1 time but it was visited 0 times; path: [Validate, Charge, Refund]");
    }

    @Test
    void assertSoftly_should_report_all_failures_together() {
        // WHEN
        AssertionError error = expectAssertionError(() -> SoftStepProofAssertions.assertSoftly(softly -> {
            softly.assertThat(refused).as("first").succeeded();
            softly.assertThat(refused).as("second").neverVisited("Refund");
        }));

        // THEN
        then(error).hasMessageContaining("Multiple Failures (2 failures)")
                .hasMessageContaining("[first] Expecting execution to have succeeded")
                .hasMessageContaining("[second] Expecting execution never to have visited [Refund]");
    }

    @Test
    void assertSoftly_should_pass_when_every_assertion_passes() {
        // GIVEN
        Execution charged = run(PAYMENT, "{}", answering("{\"charged\": true}"));

        // WHEN / THEN
        SoftStepProofAssertions.assertSoftly(softly -> {
            softly.assertThat(charged).succeeded().hasOutput("{\"charged\": true}");
            softly.assertThat(charged).task("Charge").calledTimes(1).call(1).withParameters("{\"FunctionName\": \"charge\"}");
            softly.assertThat(charged).visited("Done").times(1);
        });
    }
}
