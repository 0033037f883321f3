package dev.stepproof.junit;

import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.spi.TaskResult;
import org.junit.jupiter.api.Test;

import static dev.stepproof.junit.Fixtures.PAYMENT;
import static dev.stepproof.junit.Fixtures.expectAssertionError;
import static dev.stepproof.junit.Fixtures.failingWith;
import static dev.stepproof.junit.Fixtures.run;
import static dev.stepproof.junit.Fixtures.throttledThenAnswering;
import static dev.stepproof.junit.StepProofAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

class ExecutionAssert_retry_catch_Test {

    /** Fan (Parallel, one branch that fails with Branch.Broken) catches States.ALL into Recovered. */
    private static final String FAN_OUT = """
            {"StartAt": "Fan", "States": {
              "Fan": {"Type": "Parallel", "Next": "Done",
                "Branches": [{"StartAt": "Break", "States": {"Break": {"Type": "Fail", "Error": "Branch.Broken"}}}],
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Recovered"}]},
              "Recovered": {"Type": "Succeed"},
              "Done": {"Type": "Succeed"}}}
            """;

    private final Execution throttledTwice = run(PAYMENT, "{}", throttledThenAnswering(2, "{\"charged\": true}"));
    private final Execution refused = run(PAYMENT, "{}", failingWith("Payment.Refused", "no funds"));

    @Test
    void retried_should_pass_on_the_number_of_retries() {
        // WHEN / THEN
        assertThat(throttledTwice).succeeded().retried("Charge", 2).retried("Validate", 0);
    }

    @Test
    void retried_should_fail_on_another_number_of_retries() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(throttledTwice).retried("Charge", 1));

        // THEN
        then(error).hasMessage("Expecting state 'Charge' to have been retried 1 time but it was retried 2 times; "
                + "path: [Validate, Charge, Done]");
    }

    @Test
    void caught_should_pass_on_the_error_a_catcher_caught() {
        // WHEN / THEN
        assertThat(refused).caught("Charge", "Payment.Refused");
    }

    @Test
    void caught_should_fail_when_no_catcher_fired() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(throttledTwice).caught("Charge", "Throttled"));

        // THEN
        then(error).hasMessage("Expecting state 'Charge' to have caught error 'Throttled' but it caught no error; "
                + "path: [Validate, Charge, Done]");
    }

    @Test
    void caught_should_fail_naming_the_errors_that_were_caught() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(refused).caught("Charge", "Payment.Expired"));

        // THEN
        then(error).hasMessage("Expecting state 'Charge' to have caught error 'Payment.Expired' but it caught "
                + "'Payment.Refused'; path: [Validate, Charge, Refund]");
    }

    @Test
    void caught_should_say_when_the_history_does_not_name_the_error() {
        // GIVEN
        Execution fanned = run(FAN_OUT, "{}", call -> TaskResult.failure("Unused", null));

        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(fanned).caught("Fan", "Branch.Broken"));

        // THEN
        then(error).hasMessage("Expecting state 'Fan' to have caught error 'Branch.Broken' but it caught an error "
                + "the history does not name; path: [Fan, Break, Recovered]");
    }
}
