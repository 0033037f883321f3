package dev.stepproof.toolkit;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenCode;

/**
 * Issue 10 (fuzzing): a valid JSONata Choice or Wait once made {@link Interpreter#execute} throw
 * {@code UnsupportedOperationException}, although it never throws for what a definition contains. JSONata is now
 * evaluated; these cases pin that such states run, and that nothing escapes {@code execute}.
 */
class Issue10_unevaluated_jsonata_Test {

    private static Execution execute(String definition) {
        Interpreter interpreter = Interpreter.of(DefinitionReader.standard().read(definition, "issue10.asl.json").orElseThrow());
        return interpreter.execute(ExecutionOptions.defaults().withInput("{\"n\": 11}"));
    }

    @Test
    void should_evaluate_a_jsonata_choice_condition() {
        // GIVEN
        String definition = """
                {"QueryLanguage": "JSONata", "StartAt": "Decide", "States": {
                  "Decide": {"Type": "Choice", "Choices": [{"Condition": "{% $states.input.n > 10 %}", "Next": "Big"}],
                             "Default": "Small"},
                  "Big": {"Type": "Succeed"}, "Small": {"Type": "Succeed"}}}""";
        // WHEN
        Execution execution = execute(definition);
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        then(execution.history().statesEntered()).containsExactly("Decide", "Big");
    }

    @Test
    void should_evaluate_a_jsonata_wait_expression_on_the_virtual_clock() {
        // GIVEN
        String definition = """
                {"QueryLanguage": "JSONata", "StartAt": "Pause", "States": {
                  "Pause": {"Type": "Wait", "Seconds": "{% $states.input.n %}", "Next": "Done"},
                  "Done": {"Type": "Succeed"}}}""";
        // WHEN
        Execution execution = execute(definition);
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        then(Duration.between(execution.startTime(), execution.stopTime())).isEqualTo(Duration.ofSeconds(11));
    }

    @Test
    void should_run_a_jsonata_choice_inside_a_parallel_without_throwing() {
        // GIVEN
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
        then(execute(definition).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }
}
