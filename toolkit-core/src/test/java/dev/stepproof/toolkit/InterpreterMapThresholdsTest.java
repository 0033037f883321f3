package dev.stepproof.toolkit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.BDDAssertions.then;

/** A Map's tolerated-failure thresholds from paths and expressions are checked with AWS's texts (Appendix A). */
class InterpreterMapThresholdsTest {

    private static final String PREFIX = "An error occurred while executing the state 'Each' (entered at the event id #2). ";

    private static Execution run(String field, String value, String input) {
        String definition = """
                {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.items", "%s": %s,
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                    "StartAt": "Inner", "States": {"Inner": {"Type": "Pass", "End": true}}}, "End": true}}}"""
                .formatted(field, value);
        if (value.contains("{%")) {
            definition = definition.replace("{\"StartAt\"", "{\"QueryLanguage\": \"JSONata\", \"StartAt\"")
                    .replace("\"ItemsPath\": \"$.items\"", "\"Items\": \"{% $states.input.items %}\"");
        }
        return Interpreter.of(DefinitionReader.standard().read(definition, "map.asl.json").orElseThrow())
                .execute(ExecutionOptions.defaults().withInput(input));
    }

    @ParameterizedTest(name = "{0} = {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "ToleratedFailureCountPath      | `\"$.t\"` | {\"items\": [0], \"t\": -1}      | ToleratedFailureCount cannot be negative.",
            "ToleratedFailureCountPath      | `\"$.t\"` | {\"items\": [0], \"t\": \"x\"} | The ToleratedFailureCountPath field refers to value \"x\" which is not a valid integer: $.t",
            "ToleratedFailurePercentagePath | `\"$.t\"` | {\"items\": [0], \"t\": 100.1}   | ToleratedFailurePercentage must be between 0 and 100.",
            "ToleratedFailurePercentagePath | `\"$.t\"` | {\"items\": [0], \"t\": \"x\"} | The ToleratedFailurePercentagePath field refers to value \"x\" which is not a valid float: $.t",
            "ToleratedFailureCount          | `\"{% $states.input.t %}\"` | {\"items\": [0], \"t\": -1}    | ToleratedFailureCount cannot be negative.",
            "ToleratedFailurePercentage     | `\"{% $states.input.t %}\"` | {\"items\": [0], \"t\": -0.5}  | ToleratedFailurePercentage must be between 0 and 100.",
    })
    void should_refuse_thresholds_out_of_range(String field, String value, String input, String cause) {
        // GIVEN / WHEN
        Execution execution = run(field, value, input);
        // THEN
        then(execution.error()).isEqualTo("States.Runtime");
        then(execution.cause()).isEqualTo(PREFIX + cause);
    }

    @ParameterizedTest(name = "{0} = {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "ToleratedFailureCountPath      | `\"$.t\"` | {\"items\": [0], \"t\": 1}",
            "ToleratedFailurePercentagePath | `\"$.t\"` | {\"items\": [0], \"t\": 1.1}",
            "ToleratedFailurePercentage     | `\"{% $states.input.t %}\"` | {\"items\": [0], \"t\": 100}",
    })
    void should_accept_thresholds_in_range(String field, String value, String input) {
        // GIVEN / WHEN
        Execution execution = run(field, value, input);
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        then(execution.output().toString()).isEqualTo("[0]");
    }
}
