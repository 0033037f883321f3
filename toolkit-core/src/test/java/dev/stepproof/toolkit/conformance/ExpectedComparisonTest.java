package dev.stepproof.toolkit.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.stepproof.toolkit.conformance.CorpusTaskInvokerTest.json;
import static org.assertj.core.api.BDDAssertions.then;

class ExpectedComparisonTest {

    private static final List<String> NONE = List.of();

    @Test
    void should_agree_on_equal_output_with_numbers_by_value_and_members_in_any_order() {
        // GIVEN
        JsonNode expected = json("{'status': 'SUCCEEDED', 'output': {'a': 1, 'b': [1.0, {'c': 2.50}]}}");
        // WHEN
        Optional<String> mismatch = ExpectedComparison.firstMismatch(expected, "SUCCEEDED",
                json("{'b': [1, {'c': 2.5}], 'a': 1.0}"), null, null, NONE, NONE);
        // THEN
        then(mismatch).isEmpty();
    }

    @Test
    void should_name_the_first_difference_by_json_pointer() {
        // GIVEN
        JsonNode expected = json("{'status': 'SUCCEEDED', 'output': {'a': {'b/c': [1, 2]}, 'z': 1}}");
        // WHEN / THEN
        then(ExpectedComparison.firstMismatch(expected, "SUCCEEDED", json("{'a': {'b/c': [1, 3]}, 'z': 1}"), null, null, NONE, NONE))
                .contains("output at /a/b~1c/1: expected 2 but was 3");
        then(ExpectedComparison.firstMismatch(expected, "SUCCEEDED", json("{'a': {'b/c': [1, 2]}, 'z': 1, 'extra': true}"), null, null, NONE, NONE))
                .contains("output at /extra: unexpected member with value true");
        then(ExpectedComparison.firstMismatch(expected, "SUCCEEDED", json("{'a': {'b/c': [1]}, 'z': 1}"), null, null, NONE, NONE))
                .hasValueSatisfying(m -> then(m).startsWith("output at /a/b~1c: expected 2 items but there were 1"));
        then(ExpectedComparison.firstMismatch(expected, "SUCCEEDED", json("{'a': {'b/c': [1, 2]}, 'z': '1'}"), null, null, NONE, NONE))
                .contains("output at /z: expected 1 but was \"1\"");
        then(ExpectedComparison.firstMismatch(expected, "SUCCEEDED", null, null, null, NONE, NONE))
                .hasValueSatisfying(m -> then(m).startsWith("output: expected"));
    }

    @Test
    void should_compare_status_first() {
        // GIVEN
        JsonNode expected = json("{'status': 'SUCCEEDED', 'output': {}}");
        // WHEN
        Optional<String> mismatch = ExpectedComparison.firstMismatch(expected, "FAILED", null, "States.Runtime", "boom", NONE, NONE);
        // THEN
        then(mismatch).contains("status: expected SUCCEEDED but was FAILED (error States.Runtime, cause boom)");
    }

    @Test
    void should_normalise_iso_dates_in_actual_strings_keys_error_and_cause() {
        // GIVEN
        JsonNode expected = json("{'status': 'SUCCEEDED', 'output': {'at': 'date', 'log': {'date': 'started date, ended date'}}}");
        JsonNode failed = json("{'status': 'FAILED', 'error': 'E', 'cause': 'Timed out at date'}");
        // WHEN / THEN
        then(ExpectedComparison.firstMismatch(expected, "SUCCEEDED", json("{'at': '2024-05-01T12:00:00.123Z', "
                + "'log': {'2024-02-29T00:00:00+01:00': 'started 2024-05-01T12:00:00Z, ended 2024-05-01T12:00:01.5Z'}}"), null, null, NONE, NONE))
                .isEmpty();
        then(ExpectedComparison.firstMismatch(failed, "FAILED", null, "E", "Timed out at 2023-02-24T12:15:56.832957Z", NONE, NONE)).isEmpty();
        then(ExpectedComparison.firstMismatch(failed, "FAILED", null, "E", "Timed out at 2023-02-29T12:15:56Z", NONE, NONE))
                .contains("cause: expected Timed out at date but was Timed out at 2023-02-29T12:15:56Z");
    }

    @Test
    void should_only_check_that_volatile_values_exist_and_fit_their_pattern() {
        // GIVEN
        JsonNode expected = json("{'status': 'SUCCEEDED', 'output': {'id': 'arn-literal-word', 'n': 'RandomNumberGenerated', 'k': 1},"
                + "'volatile': [{'field': 'output', 'pointer': '/id', 'pattern': 'arn:<partition>:states:<region>:111111111111:execution:<ArnPart_0idx>:<ExecArnPart_0idx>'},"
                + "{'field': 'output', 'pointer': '/n'}]}");
        String arn = "arn:aws:states:us-east-1:111111111111:execution:machine:run-1";
        // WHEN / THEN
        then(ExpectedComparison.firstMismatch(expected, "SUCCEEDED", json("{'id': '" + arn + "', 'n': 42, 'k': 1}"), null, null, NONE, NONE))
                .isEmpty();
        then(ExpectedComparison.firstMismatch(expected, "SUCCEEDED", json("{'id': '" + arn + "', 'k': 1}"), null, null, NONE, NONE))
                .contains("volatile output at /n: expected a value but there is none");
        then(ExpectedComparison.firstMismatch(expected, "SUCCEEDED", json("{'id': 'arn:aws:lambda:x', 'n': 1, 'k': 1}"), null, null, NONE, NONE))
                .hasValueSatisfying(m -> then(m).startsWith("volatile output at /id: expected text fitting arn:<partition>:states:"));
        then(ExpectedComparison.firstMismatch(expected, "SUCCEEDED", json("{'id': '" + arn + "', 'n': 1, 'k': 2}"), null, null, NONE, NONE))
                .contains("output at /k: expected 1 but was 2");
    }

    @Test
    void should_treat_a_volatile_whole_cause_as_a_pattern() {
        // GIVEN
        JsonNode expected = json("{'status': 'FAILED', 'error': 'States.Runtime', 'cause': \"The JSONPath '$.x' could not be found in the input '<json-input:1>'\","
                + "'volatile': [{'field': 'cause', 'pointer': '', 'pattern': \"The JSONPath '$.x' could not be found in the input '<json-input:1>'\"}]}");
        // WHEN / THEN
        then(ExpectedComparison.firstMismatch(expected, "FAILED", null, "States.Runtime",
                "The JSONPath '$.x' could not be found in the input '{\"a\":1}'", NONE, NONE)).isEmpty();
        then(ExpectedComparison.firstMismatch(expected, "FAILED", null, "States.Runtime",
                "The JSONPath '$.y' could not be found in the input '{\"a\":1}'", NONE, NONE)).isPresent();
    }

    @Test
    void should_compare_a_json_cause_parsed_with_volatile_pointers_into_it() {
        // GIVEN
        JsonNode expected = json("{'status': 'FAILED', 'error': 'Exception', 'causeIsJson': true,"
                + "'cause': {'errorMessage': 'Some exception was raised.', 'errorType': 'Exception', 'requestId': '<uuid:1>', 'trace': [1.0]},"
                + "'volatile': [{'field': 'cause', 'pointer': '/requestId'}]}");
        // WHEN / THEN
        then(ExpectedComparison.firstMismatch(expected, "FAILED", null, "Exception",
                "{\"trace\": [1], \"errorType\":\"Exception\",\"errorMessage\":\"Some exception was raised.\",\"requestId\":\"0f0e\"}", NONE, NONE))
                .isEmpty();
        then(ExpectedComparison.firstMismatch(expected, "FAILED", null, "Exception",
                "{\"errorType\":\"Exception\",\"errorMessage\":\"Other\",\"requestId\":\"0f0e\",\"trace\":[1]}", NONE, NONE))
                .contains("cause (as JSON) at /errorMessage: expected \"Some exception was raised.\" but was \"Other\"");
        then(ExpectedComparison.firstMismatch(expected, "FAILED", null, "Exception", "not json", NONE, NONE))
                .hasValueSatisfying(m -> then(m).startsWith("cause: expected JSON"));
    }

    @Test
    void should_require_no_error_or_cause_when_none_was_recorded() {
        // GIVEN
        JsonNode bareFail = json("{'status': 'FAILED'}");
        JsonNode errorOnly = json("{'status': 'FAILED', 'error': 'E'}");
        // WHEN / THEN
        then(ExpectedComparison.firstMismatch(bareFail, "FAILED", null, null, null, NONE, NONE)).isEmpty();
        then(ExpectedComparison.firstMismatch(bareFail, "FAILED", null, "E", null, NONE, NONE)).contains("error: expected none but was E");
        then(ExpectedComparison.firstMismatch(errorOnly, "FAILED", null, "E", "why", NONE, NONE)).contains("cause: expected none but was why");
        then(ExpectedComparison.firstMismatch(errorOnly, "FAILED", null, null, null, NONE, NONE)).contains("error: expected E but there was none");
        then(ExpectedComparison.firstMismatch(errorOnly, "FAILED", null, "F", null, NONE, NONE)).contains("error: expected E but was F");
    }

    @Test
    void should_compare_the_state_sequence_in_its_scope() {
        // GIVEN
        JsonNode all = json("{'status': 'SUCCEEDED', 'output': {}, 'stateSequence': ['A', 'B', 'C'], 'stateSequenceScope': 'all'}");
        JsonNode topLevel = json("{'status': 'SUCCEEDED', 'output': {}, 'stateSequence': ['A', 'Map', 'C'], 'stateSequenceScope': 'top-level'}");
        JsonNode output = json("{}");
        // WHEN / THEN
        then(ExpectedComparison.firstMismatch(all, "SUCCEEDED", output, null, null, List.of("A", "B", "C"), List.of("A"))).isEmpty();
        then(ExpectedComparison.firstMismatch(all, "SUCCEEDED", output, null, null, List.of("A", "C"), NONE))
                .contains("states entered: first difference at position 1: expected 'B' but was 'C' (expected [A, B, C], was [A, C])");
        then(ExpectedComparison.firstMismatch(all, "SUCCEEDED", output, null, null, List.of("A", "B"), NONE))
                .contains("states entered: first difference at position 2: expected 'C' but there were no more (expected [A, B, C], was [A, B])");
        then(ExpectedComparison.firstMismatch(topLevel, "SUCCEEDED", output, null, null,
                List.of("A", "Map", "Inner", "Inner", "C"), List.of("A", "Map", "C"))).isEmpty();
        then(ExpectedComparison.firstMismatch(topLevel, "SUCCEEDED", output, null, null,
                List.of("A", "Map", "C"), List.of("A", "Map", "C", "D")))
                .contains("top-level states entered: first difference at position 3: expected no more states but was 'D' (expected [A, Map, C], was [A, Map, C, D])");
    }
}
