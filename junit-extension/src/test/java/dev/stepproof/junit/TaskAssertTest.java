package dev.stepproof.junit;

import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.spi.TaskResult;
import org.junit.jupiter.api.Test;

import static dev.stepproof.junit.Fixtures.PAYMENT;
import static dev.stepproof.junit.Fixtures.answering;
import static dev.stepproof.junit.Fixtures.expectAssertionError;
import static dev.stepproof.junit.Fixtures.json;
import static dev.stepproof.junit.Fixtures.run;
import static dev.stepproof.junit.Fixtures.throttledThenAnswering;
import static dev.stepproof.junit.StepProofAssertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

class TaskAssertTest {

    /** Greet: a Task on a plain Lambda ARN, whose history records the function's input. */
    private static final String LEGACY_LAMBDA = """
            {"StartAt": "Greet", "States": {
              "Greet": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:111111111111:function:greet", "End": true}}}
            """;

    private final Execution throttledOnce = run(PAYMENT, "{\"amount\": 5}", throttledThenAnswering(1, "{\"charged\": true}"));

    @Test
    void calledTimes_should_count_every_attempt() {
        // WHEN / THEN
        assertThat(throttledOnce).task("Charge").calledTimes(2);
        assertThat(throttledOnce).task("Validate").calledTimes(0);
    }

    @Test
    void calledTimes_should_fail_listing_the_calls_made() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(throttledOnce).task("Charge").calledTimes(1));

        // THEN
        then(error).hasMessage("""
                Expecting task 'Charge' to have been called 1 time but it was called 2 times; path: [Validate, Charge, Done]
                calls:
                  1. {"FunctionName":"charge","Payload":{"amount":5}}
                  2. {"FunctionName":"charge","Payload":{"amount":5}}""");
    }

    @Test
    void withParameters_should_pass_on_a_part_of_the_effective_parameters() {
        // WHEN / THEN
        assertThat(throttledOnce).task("Charge").call(2).withParameters("{\"Payload\": {\"amount\": 5.0}}")
                .withParameters(json("{\"FunctionName\": \"charge\"}"));
    }

    @Test
    void withParameters_should_fail_with_the_first_difference() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(throttledOnce).task("Charge").call(1)
                .withParameters("{\"Payload\": {\"amount\": 6}}"));

        // THEN
        then(error).hasMessage("""
                Expecting call 1 of task 'Charge' to have parameters containing:
                  {"Payload":{"amount":6}}
                but they were:
                  {"FunctionName":"charge","Payload":{"amount":5}}
                first difference at /Payload/amount: expected 6 but was 5""");
    }

    @Test
    void withParameters_should_fail_when_there_was_no_such_call() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(throttledOnce).task("Charge").call(3).withParameters("{}"));

        // THEN
        then(error).hasMessage("Expecting task 'Charge' to have been called at least 3 times but it was called 2 times; "
                + "path: [Validate, Charge, Done]");
    }

    @Test
    void withParameters_should_see_the_input_of_a_plain_lambda_arn() {
        // GIVEN
        Execution greeted = run(LEGACY_LAMBDA, "{\"name\": \"Ada\"}", call -> TaskResult.success(json("{}")));

        // WHEN / THEN
        assertThat(greeted).task("Greet").calledTimes(1).call(1).withParameters("{\"name\": \"Ada\"}");
    }

    @Test
    void call_should_reject_numbers_below_one() {
        // WHEN
        Throwable thrown = catchThrowable(() -> assertThat(throttledOnce).task("Charge").call(0));

        // THEN
        then(thrown).isInstanceOf(IllegalArgumentException.class).hasMessage("call numbers start at 1, but was 0");
    }

    @Test
    void task_of_a_never_called_state_should_fail_its_assertions_not_its_navigation() {
        // GIVEN
        Execution charged = run(PAYMENT, "{}", answering("{}"));

        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(charged).task("Refund").calledTimes(1));

        // THEN
        then(error).hasMessage("Expecting task 'Refund' to have been called 1 time but it was called 0 times; "
                + "path: [Validate, Charge, Done]");
    }
}
