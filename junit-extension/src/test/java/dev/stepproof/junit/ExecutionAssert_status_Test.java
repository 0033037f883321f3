package dev.stepproof.junit;

import dev.stepproof.toolkit.Execution;
import org.junit.jupiter.api.Test;

import static dev.stepproof.junit.Fixtures.PAYMENT;
import static dev.stepproof.junit.Fixtures.SLOW;
import static dev.stepproof.junit.Fixtures.answering;
import static dev.stepproof.junit.Fixtures.expectAssertionError;
import static dev.stepproof.junit.Fixtures.failingWith;
import static dev.stepproof.junit.Fixtures.run;
import static dev.stepproof.junit.StepProofAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

class ExecutionAssert_status_Test {

    private final Execution charged = run(PAYMENT, "{\"amount\": 5}", answering("{\"charged\": true}"));
    private final Execution refused = run(PAYMENT, "{\"amount\": 5}", failingWith("Payment.Refused", "no funds"));
    private final Execution timedOut = run(SLOW, "{}", answering("{}"));

    @Test
    void succeeded_should_pass_when_the_execution_succeeded() {
        // WHEN / THEN
        assertThat(charged).succeeded();
    }

    @Test
    void succeeded_should_fail_with_the_outcome_and_the_path() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(refused).succeeded());

        // THEN
        then(error).hasMessage("Expecting execution to have succeeded but it FAILED with error 'Payment.Refused' "
                + "and cause 'card declined'; path: [Validate, Charge, Refund]");
    }

    @Test
    void succeeded_should_prefix_the_description_given_with_as() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(timedOut).as("slow machine").succeeded());

        // THEN
        then(error).hasMessage("[slow machine] Expecting execution to have succeeded but it TIMED_OUT with error "
                + "'States.Timeout' and no cause; path: [Wait]");
    }

    @Test
    void succeeded_should_fail_on_a_null_execution() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat((Execution) null).succeeded());

        // THEN
        then(error).hasMessageContaining("Expecting actual not to be null");
    }

    @Test
    void failedWith_should_pass_on_the_error_name_whatever_the_cause() {
        // WHEN / THEN
        assertThat(refused).failedWith("Payment.Refused");
    }

    @Test
    void failedWith_should_fail_when_the_execution_succeeded() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(charged).failedWith("Payment.Refused"));

        // THEN
        then(error).hasMessage("Expecting execution to have failed with error 'Payment.Refused' but it SUCCEEDED "
                + "with output {\"charged\":true}; path: [Validate, Charge, Done]");
    }

    @Test
    void failedWith_should_fail_on_another_error() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(refused).failedWith("Payment.Expired"));

        // THEN
        then(error).hasMessageStartingWith("Expecting execution to have failed with error 'Payment.Expired' but it "
                + "FAILED with error 'Payment.Refused'");
    }

    @Test
    void failedWith_cause_should_pass_on_error_and_cause() {
        // WHEN / THEN
        assertThat(refused).failedWith("Payment.Refused", "card declined");
    }

    @Test
    void failedWith_cause_should_fail_on_another_cause() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(refused).failedWith("Payment.Refused", "expired"));

        // THEN
        then(error).hasMessage("Expecting execution to have failed with error 'Payment.Refused' and cause 'expired' "
                + "but it FAILED with error 'Payment.Refused' and cause 'card declined'; path: [Validate, Charge, Refund]");
    }

    @Test
    void failedWith_cause_should_fail_on_a_timeout_even_with_the_same_error() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(timedOut).failedWith("States.Timeout", null));

        // THEN
        then(error).hasMessage("Expecting execution to have failed with error 'States.Timeout' and no cause but it "
                + "TIMED_OUT with error 'States.Timeout' and no cause; path: [Wait]");
    }

    @Test
    void timedOut_should_pass_when_the_machine_timeout_elapsed() {
        // WHEN / THEN
        assertThat(timedOut).timedOut();
    }

    @Test
    void timedOut_should_fail_when_the_execution_succeeded() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(charged).timedOut());

        // THEN
        then(error).hasMessage("Expecting execution to have timed out but it SUCCEEDED with output "
                + "{\"charged\":true}; path: [Validate, Charge, Done]");
    }

    @Test
    void then_should_be_an_alias_of_assertThat() {
        // WHEN
        AssertionError error = expectAssertionError(() -> StepProofAssertions.then(refused).succeeded());

        // THEN
        then(error).hasMessageStartingWith("Expecting execution to have succeeded but it FAILED");
    }
}
