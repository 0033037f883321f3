package dev.stepproof.junit;

import dev.stepproof.toolkit.Execution;
import org.junit.jupiter.api.Test;

import static dev.stepproof.junit.Fixtures.PAYMENT;
import static dev.stepproof.junit.Fixtures.POLLING;
import static dev.stepproof.junit.Fixtures.answering;
import static dev.stepproof.junit.Fixtures.doneOnCall;
import static dev.stepproof.junit.Fixtures.expectAssertionError;
import static dev.stepproof.junit.Fixtures.run;
import static dev.stepproof.junit.StepProofAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

class ExecutionAssert_path_Test {

    private final Execution charged = run(PAYMENT, "{}", answering("{\"charged\": true}"));
    private final Execution polled = run(POLLING, "{}", doneOnCall(3));

    @Test
    void followedPath_should_pass_on_the_exact_path() {
        // WHEN / THEN
        assertThat(charged).followedPath("Validate", "Charge", "Done");
    }

    @Test
    void followedPath_should_fail_at_the_first_different_step() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(charged).followedPath("Validate", "Charge", "Refund"));

        // THEN
        then(error).hasMessage("""
                Expecting execution to have followed path:
                  [Validate, Charge, Refund]
                but it followed:
                  [Validate, Charge, Done]
                first difference at step 3: expected 'Refund' but was 'Done'""");
    }

    @Test
    void followedPath_should_fail_when_the_path_is_shorter_or_longer() {
        // WHEN
        AssertionError longer = expectAssertionError(() -> assertThat(charged).followedPath("Validate", "Charge"));
        AssertionError shorter = expectAssertionError(() -> assertThat(charged).followedPath("Validate", "Charge", "Done", "Audit"));

        // THEN
        then(longer).hasMessageEndingWith("first difference at step 3: expected the path to end but it entered 'Done'");
        then(shorter).hasMessageEndingWith("first difference at step 4: expected 'Audit' but the path ended");
    }

    @Test
    void passedThrough_should_pass_on_an_in_order_subsequence() {
        // WHEN / THEN
        assertThat(polled).passedThrough("Poll", "Poll", "Done").passedThrough().passedThrough("IsDone");
    }

    @Test
    void passedThrough_should_fail_when_a_state_was_never_entered() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(charged).passedThrough("Validate", "Refund"));

        // THEN
        then(error).hasMessage("""
                Expecting execution to have passed through, in order:
                  [Validate, Refund]
                but it never entered 'Refund'; path: [Validate, Charge, Done]""");
    }

    @Test
    void passedThrough_should_fail_when_the_order_differs() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(charged).passedThrough("Done", "Charge"));

        // THEN
        then(error).hasMessageContaining("but it did not enter 'Charge' after 'Done'; path: [Validate, Charge, Done]");
    }

    @Test
    void neverVisited_should_pass_when_no_state_was_entered() {
        // WHEN / THEN
        assertThat(charged).neverVisited("Refund", "Audit");
    }

    @Test
    void neverVisited_should_name_each_visited_state_with_its_count() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(polled).neverVisited("Refund", "Poll", "Done"));

        // THEN
        then(error).hasMessage("Expecting execution never to have visited [Refund, Poll, Done] but it visited "
                + "'Poll' 3 times, 'Done' 1 time; path: [Poll, IsDone, Poll, IsDone, Poll, IsDone, Done]");
    }

    @Test
    void visited_times_should_pass_on_the_number_of_visits() {
        // WHEN / THEN
        assertThat(polled).visited("Poll").times(3);
        assertThat(polled).visited("Done").times(1).atLeastOnce();
    }

    @Test
    void visited_should_fail_when_the_state_was_never_entered() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(charged).visited("Refund"));

        // THEN
        then(error).hasMessage("Expecting execution to have visited 'Refund' but it never did; path: [Validate, Charge, Done]");
    }

    @Test
    void times_should_fail_on_another_number_of_visits() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(polled).visited("Poll").times(2));

        // THEN
        then(error).hasMessage("Expecting state 'Poll' to have been visited 2 times but it was visited 3 times; "
                + "path: [Poll, IsDone, Poll, IsDone, Poll, IsDone, Done]");
    }

    @Test
    void state_should_select_without_asserting_so_that_zero_visits_can_be_asserted() {
        // WHEN / THEN
        assertThat(charged).state("Refund").times(0);
        AssertionError error = expectAssertionError(() -> assertThat(charged).state("Refund").atLeastOnce());
        then(error).hasMessageStartingWith("Expecting execution to have visited 'Refund' but it never did");
    }

    @Test
    void navigated_asserts_should_keep_the_description() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(polled).as("polling").state("Poll").times(1));

        // THEN
        then(error).hasMessageStartingWith("[polling] Expecting state 'Poll' to have been visited 1 time");
    }

    @Test
    void navigated_asserts_should_fail_on_a_null_execution() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat((Execution) null).state("Poll").times(1));

        // THEN
        then(error).hasMessage("Expecting actual execution not to be null");
    }
}
