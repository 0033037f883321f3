package dev.stepproof.junit;

import dev.stepproof.toolkit.Execution;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import static dev.stepproof.junit.Fixtures.PAYMENT;
import static dev.stepproof.junit.Fixtures.answering;
import static dev.stepproof.junit.Fixtures.expectAssertionError;
import static dev.stepproof.junit.Fixtures.failingWith;
import static dev.stepproof.junit.Fixtures.json;
import static dev.stepproof.junit.Fixtures.run;
import static dev.stepproof.junit.StepProofAssertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

class ExecutionAssert_output_Test {

    private final Execution charged = run(PAYMENT, "{}",
            answering("{\"charged\": true, \"receipt\": {\"id\": \"r-1\", \"total\": 20.0, \"lines\": [1, 2]}}"));

    @Test
    void hasOutput_should_pass_on_equal_json_with_numbers_by_value_and_members_in_any_order() {
        // WHEN / THEN
        assertThat(charged).hasOutput("{\"receipt\": {\"lines\": [1, 2.0], \"total\": 20, \"id\": \"r-1\"}, \"charged\": true}");
        assertThat(charged).hasOutput(json("{\"charged\": true, \"receipt\": {\"id\": \"r-1\", \"total\": 2e1, \"lines\": [1, 2]}}"));
    }

    @Test
    void hasOutput_should_fail_with_the_first_difference_by_json_pointer() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(charged)
                .hasOutput("{\"charged\": true, \"receipt\": {\"id\": \"r-1\", \"total\": 21, \"lines\": [1, 2]}}"));

        // THEN
        then(error).hasMessage("""
                Expecting execution output to be:
                  {"charged":true,"receipt":{"id":"r-1","total":21,"lines":[1,2]}}
                but was:
                  {"charged":true,"receipt":{"id":"r-1","total":20.0,"lines":[1,2]}}
                first difference at /receipt/total: expected 21 but was 20.0
                path: [Validate, Charge, Done]""");
    }

    @Test
    void hasOutput_should_fail_on_a_member_the_expected_output_does_not_have() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(charged)
                .hasOutput("{\"charged\": true, \"receipt\": {\"id\": \"r-1\", \"total\": 20}}"));

        // THEN
        then(error).hasMessageContaining("first difference at /receipt/lines: unexpected member with value [1,2]");
    }

    @Test
    void hasOutput_should_give_ides_both_documents_indented() {
        // WHEN
        Throwable error = catchThrowable(() -> assertThat(charged).hasOutput("{\"charged\": false}"));

        // THEN
        then(error).isInstanceOf(AssertionFailedError.class);
        AssertionFailedError failed = (AssertionFailedError) error;
        then(failed.getExpected().getStringRepresentation()).isEqualTo("{\n  \"charged\" : false\n}");
        then(failed.getActual().getStringRepresentation()).startsWith("{\n  \"charged\" : true,");
    }

    @Test
    void hasOutput_should_fail_when_the_execution_did_not_succeed() {
        // GIVEN
        Execution refused = run(PAYMENT, "{}", failingWith("Payment.Refused", "no funds"));

        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(refused).hasOutput("{}"));

        // THEN
        then(error).hasMessage("""
                Expecting execution to have succeeded with output:
                  {}
                but it FAILED with error 'Payment.Refused' and cause 'card declined'; path: [Validate, Charge, Refund]""");
    }

    @Test
    void hasOutput_should_reject_expected_text_that_is_not_json() {
        // WHEN
        Throwable thrown = catchThrowable(() -> assertThat(charged).hasOutput("{charged: true"));

        // THEN
        then(thrown).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("expected output is not valid JSON: [{charged: true]");
    }

    @Test
    void hasOutputContaining_should_pass_on_a_part_at_any_depth() {
        // WHEN / THEN
        assertThat(charged).hasOutputContaining("{\"receipt\": {\"total\": 20}}")
                .hasOutputContaining(json("{}"));
    }

    @Test
    void hasOutputContaining_should_fail_on_a_missing_member() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(charged)
                .hasOutputContaining("{\"receipt\": {\"currency\": \"EUR\"}}"));

        // THEN
        then(error).hasMessage("""
                Expecting execution output to contain:
                  {"receipt":{"currency":"EUR"}}
                but was:
                  {"charged":true,"receipt":{"id":"r-1","total":20.0,"lines":[1,2]}}
                first difference at /receipt/currency: expected "EUR" but the member is missing
                path: [Validate, Charge, Done]""");
    }

    @Test
    void hasOutputContaining_should_compare_arrays_element_by_element() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(charged)
                .hasOutputContaining("{\"receipt\": {\"lines\": [1, 2, 3]}}"));

        // THEN
        then(error).hasMessageContaining("first difference at /receipt/lines/2: expected 3 but the array ended");
    }
}
