package dev.stepproof.toolkit;

import dev.stepproof.toolkit.spi.TaskResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.BDDAssertions.then;

/**
 * Issue 10 (fuzzing): when a catcher's own ResultPath did not fit the state's input (an array, here), the
 * resulting {@code States.ResultPathMatchFailure} went back to the same state's catchers, matched the same catcher
 * and failed the same way until the stack overflowed. An error raised while applying a catcher now leaves the
 * state. Seed {@code crash-280d15c8-catcher-result-path-on-array-input.sfn-test.yaml} of {@code ScenarioFuzzTest}
 * keeps it fixed.
 */
class Issue10_catcher_result_path_Test {

    private static final String DEFINITION = """
            {"StartAt": "Call", "States": {
              "Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "f"},
                       "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Done"}], "End": true},
              "Done": {"Type": "Succeed"}}}""";

    private static final String IN_PARALLEL = """
            {"StartAt": "Both", "States": {
              "Both": {"Type": "Parallel", "End": true,
                       "Catch": [{"ErrorEquals": ["States.ResultPathMatchFailure"], "ResultPath": null, "Next": "Recovered"}],
                       "Branches": [%s]},
              "Recovered": {"Type": "Succeed"}}}""".formatted(DEFINITION);

    private static Execution execute(String definition) {
        return Interpreter.of(DefinitionReader.standard().read(definition, "issue10.asl.json").orElseThrow())
                .execute(ExecutionOptions.defaults().withInput("[1, 2]")
                        .withTaskInvoker(invocation -> TaskResult.failure("Boom", "down")));
    }

    @Test
    void should_fail_the_execution_when_the_catchers_result_path_does_not_fit() {
        // WHEN
        Execution execution = execute(DEFINITION);
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        then(execution.error()).isEqualTo("States.ResultPathMatchFailure");
        then(execution.cause()).isEqualTo("Unable to apply ReferencePath $.error to input [1,2]");
        then(execution.history().events()).filteredOn(e -> e.type().equals("TaskFailed")).hasSize(1);
    }

    @Test
    void should_let_an_enclosing_state_catch_what_the_catcher_raised() {
        // WHEN
        Execution execution = execute(IN_PARALLEL);
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        then(execution.history().statesEntered()).containsExactly("Both", "Call", "Recovered");
    }
}
