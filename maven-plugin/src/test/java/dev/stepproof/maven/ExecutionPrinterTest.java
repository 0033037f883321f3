package dev.stepproof.maven;

import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionOptions;
import org.junit.jupiter.api.Test;

import java.util.Collections;

import static org.assertj.core.api.BDDAssertions.then;

class ExecutionPrinterTest {

    @Test
    void should_print_status_path_and_pretty_output_of_a_success() throws InputProblem {
        // GIVEN
        Execution execution = MocksFileTest.run("{Reserve: {payload: {id: R-1}}, Charge: {return: {}}}");
        // WHEN / THEN
        then(ExecutionPrinter.lines(execution)).containsExactly(
                "Status: SUCCEEDED",
                "Path: Reserve -> Charge",
                "Output:",
                "{",
                "  \"reservation\" : {",
                "    \"id\" : \"R-1\"",
                "  }",
                "}");
        then(ExecutionPrinter.outcome(execution)).isEqualTo("SUCCEEDED after 2 states.");
    }

    @Test
    void should_print_error_and_cause_of_a_failure() throws InputProblem {
        // GIVEN
        Execution execution = MocksFileTest.run("{Reserve: {throw: {error: Lambda.ServiceException, cause: inventory down}}}");
        // WHEN / THEN
        then(ExecutionPrinter.lines(execution)).containsExactly(
                "Status: FAILED", "Path: Reserve -> Rejected", "Error: Order.Rejected", "Cause: inventory down");
        then(ExecutionPrinter.outcome(execution)).isEqualTo("FAILED after 2 states: Order.Rejected: inventory down");
    }

    @Test
    void should_say_which_task_had_no_answer_when_no_mocks_are_given() {
        // WHEN
        Execution execution = MocksFileTest.orders().execute(ExecutionOptions.defaults().withInput("{\"orderId\": \"O-1\"}"));
        // THEN the Catch on States.ALL turns the missing invoker into the machine's own failure
        then(ExecutionPrinter.outcome(execution)).startsWith("FAILED after 2 states: Order.Rejected: Task state 'Reserve' called arn:aws:states:::lambda:invoke but no TaskInvoker is configured");
    }

    @Test
    void should_cut_a_long_path_short() {
        then(ExecutionPrinter.path(Collections.nCopies(52, "Loop"))).endsWith("Loop -> Loop -> … (2 more)");
        then(ExecutionPrinter.path(java.util.List.of())).isEqualTo("(no states entered)");
    }
}
