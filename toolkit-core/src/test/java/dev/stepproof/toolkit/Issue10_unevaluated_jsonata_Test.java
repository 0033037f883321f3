package dev.stepproof.toolkit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenCode;

/**
 * Issue 10 (fuzzing): a valid JSONata Choice or Wait made {@link Interpreter#execute} throw
 * {@code UnsupportedOperationException}, although it never throws for what a definition contains. Until JSONata
 * is evaluated, such a state fails the execution with {@code States.Runtime} and a cause that says why.
 */
class Issue10_unevaluated_jsonata_Test {

    private static Execution execute(String definition) {
        Interpreter interpreter = Interpreter.of(DefinitionReader.standard().read(definition, "issue10.asl.json").orElseThrow());
        return interpreter.execute(ExecutionOptions.defaults().withInput("{\"n\": 11}"));
    }

    @Test
    void should_fail_the_execution_when_a_choice_has_a_jsonata_condition() {
        // GIVEN
        String definition = """
                {"QueryLanguage": "JSONata", "StartAt": "Decide", "States": {
                  "Decide": {"Type": "Choice", "Choices": [{"Condition": "{% $states.input.n > 10 %}", "Next": "Done"}],
                             "Default": "Done"},
                  "Done": {"Type": "Succeed"}}}""";
        // WHEN
        Execution execution = execute(definition);
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        then(execution.error()).isEqualTo("States.Runtime");
        then(execution.cause()).isEqualTo("An error occurred while executing the state 'Decide' (entered at the event id #2). "
                + "StepProof does not evaluate JSONata yet (JSONata conditions arrive with the JSONata issue).");
    }

    @Test
    void should_fail_the_execution_when_a_wait_has_a_jsonata_timestamp() {
        // GIVEN
        String definition = """
                {"QueryLanguage": "JSONata", "StartAt": "Pause", "States": {
                  "Pause": {"Type": "Wait", "Seconds": "{% $states.input.n %}", "Next": "Done"},
                  "Done": {"Type": "Succeed"}}}""";
        // WHEN
        Execution execution = execute(definition);
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        then(execution.error()).isEqualTo("States.Runtime");
        then(execution.cause()).startsWith("An error occurred while executing the state 'Pause' (entered at the event id #2). "
                + "StepProof does not evaluate JSONata yet (JSONata Wait expressions arrive with the JSONata issue");
    }

    @Test
    void should_not_let_a_catcher_swallow_the_missing_evaluation() {
        // GIVEN a Catch on States.ALL inside a Parallel: States.Runtime is not catchable, so the gap stays visible
        String definition = """
                {"StartAt": "Branches", "States": {
                  "Branches": {"Type": "Parallel", "End": true,
                    "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}],
                    "Branches": [{"StartAt": "Decide", "States": {
                      "Decide": {"Type": "Choice", "QueryLanguage": "JSONata",
                                 "Choices": [{"Condition": "{% true %}", "Next": "Done"}], "Default": "Done"},
                      "Done": {"Type": "Succeed"}}}]},
                  "Caught": {"Type": "Succeed"}}}""";
        // WHEN / THEN
        thenCode(() -> execute(definition)).doesNotThrowAnyException();
        then(execute(definition).error()).isEqualTo("States.Runtime");
    }
}
