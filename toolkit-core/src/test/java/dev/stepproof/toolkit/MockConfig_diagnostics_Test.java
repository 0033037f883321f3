package dev.stepproof.toolkit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.BDDAssertions.then;

/** One test per SP-M diagnostic code, on the exact text, location and fix; reading never throws. */
class MockConfig_diagnostics_Test {

    private static MockConfig.ReadResult read(String text) {
        return MockConfig.read(text, "MockConfigFile.json");
    }

    /** A valid file around one mocked response, for the MockedResponses checks. */
    private static MockConfig.ReadResult readResponse(String response) {
        return read("""
                {"StateMachines": {"M": {"TestCases": {"T": {"S": "R"}}}},
                 "MockedResponses": {
                  "R": %s}}""".formatted(response));
    }

    private static Diagnostic only(MockConfig.ReadResult result) {
        then(result.diagnostics()).hasSize(1);
        return result.diagnostics().get(0);
    }

    @Test
    void sp_m001_invalid_json_is_located_and_named_as_a_mock_configuration() {
        // WHEN
        MockConfig.ReadResult result = read("{\n  \"StateMachines\": }");
        // THEN
        Diagnostic d = only(result);
        then(result.isValid()).isFalse();
        then(d.code()).isEqualTo("SP-M001");
        then(d.position()).isEqualTo(new SourcePosition(2, 20));
        then(d.message()).startsWith("The mock configuration is not valid JSON: Unexpected character ('}' (code 125))");
        then(d.hint()).isEqualTo("Correct the JSON syntax at line 2, column 20.");
    }

    @Test
    void sp_m001_empty_text() {
        // WHEN
        Diagnostic d = only(read("  "));
        // THEN
        then(d.format()).isEqualTo("MockConfigFile.json:1:1: ERROR SP-M001 at /: The mock configuration is empty. "
                + "Fix: Write a JSON object with \"StateMachines\" and \"MockedResponses\".");
    }

    @Test
    void sp_m001_duplicate_key() {
        // WHEN
        Diagnostic d = only(read("""
                {"StateMachines": {},
                 "StateMachines": {}, "MockedResponses": {}}"""));
        // THEN
        then(d.format()).isEqualTo("MockConfigFile.json:2:2: ERROR SP-M001 at /StateMachines: Key 'StateMachines' "
                + "appears more than once in the same object (first at line 1); a JSON reader keeps only one of them, "
                + "so the other is silently lost. Fix: Remove or rename one of the 'StateMachines' keys.");
    }

    @Test
    void sp_m001_unreadable_file(@TempDir Path dir) {
        // GIVEN
        Path missing = dir.resolve("MockConfigFile.json");
        // WHEN
        MockConfig.ReadResult result = MockConfig.read(missing);
        // THEN
        Diagnostic d = only(result);
        then(d.code()).isEqualTo("SP-M001");
        then(d.source()).isEqualTo(missing.toString());
        then(d.message()).isEqualTo("The mock configuration could not be read: NoSuchFileException: " + missing + ".");
    }

    @Test
    void sp_m002_root_is_not_an_object() {
        // WHEN
        Diagnostic d = only(read("[1]"));
        // THEN
        then(d.format()).isEqualTo("MockConfigFile.json:1:1: ERROR SP-M002 at /: The mock configuration must be a "
                + "JSON object, but is an array. Fix: Write an object with \"StateMachines\" and \"MockedResponses\", "
                + "as AWS documents for MockConfigFile.json.");
    }

    @Test
    void sp_m003_missing_top_level_section() {
        // WHEN
        Diagnostic d = only(read("{\"StateMachines\": {}}"));
        // THEN
        then(d.format()).isEqualTo("MockConfigFile.json:1:1: ERROR SP-M003 at /: The mock configuration has no "
                + "\"MockedResponses\" field. Fix: Add \"MockedResponses\": {\"<name>\": {\"0\": {\"Return\": …}}}.");
    }

    @Test
    void sp_m003_state_machine_without_test_cases() {
        // WHEN
        Diagnostic d = only(read("""
                {"MockedResponses": {},
                 "StateMachines": {
                   "Orders": {}}}"""));
        // THEN
        then(d.format()).isEqualTo("MockConfigFile.json:3:4: ERROR SP-M003 at /StateMachines/Orders: State machine "
                + "'Orders' has no \"TestCases\" field. Fix: Add \"TestCases\": {\"<test case name>\": "
                + "{\"<state name>\": \"<mocked response name>\"}}.");
    }

    @Test
    void sp_m004_section_of_the_wrong_type() {
        // WHEN
        Diagnostic d = only(read("{\"StateMachines\": [], \"MockedResponses\": {}}"));
        // THEN
        then(d.format()).isEqualTo("MockConfigFile.json:1:2: ERROR SP-M004 at /StateMachines: \"StateMachines\" "
                + "must be an object, but is an array. Fix: Write an object here, as AWS documents for "
                + "MockConfigFile.json.");
    }

    @Test
    void sp_m004_state_mapped_to_something_else_than_a_name() {
        // WHEN
        Diagnostic d = only(read("""
                {"MockedResponses": {},
                 "StateMachines": {"Orders": {"TestCases": {"Happy": {
                   "Charge": 3}}}}}"""));
        // THEN
        then(d.format()).isEqualTo("MockConfigFile.json:3:4: ERROR SP-M004 at /StateMachines/Orders/TestCases/Happy/"
                + "Charge: State 'Charge' in test case 'Happy' of state machine 'Orders' must be a string naming a "
                + "mocked response, but is a number. Fix: Write a string naming a mocked response here, as AWS "
                + "documents for MockConfigFile.json.");
    }

    @Test
    void sp_m005_unknown_mocked_response_with_near_miss() {
        // WHEN
        Diagnostic d = only(read("""
                {"StateMachines": {"Orders": {"TestCases": {"Happy": {
                   "Charge": "ChargeSucces"}}}},
                 "MockedResponses": {"ChargeSuccess": {"0": {"Return": {}}}}}"""));
        // THEN
        then(d.format()).isEqualTo("MockConfigFile.json:2:4: ERROR SP-M005 at /StateMachines/Orders/TestCases/Happy/"
                + "Charge: Test case 'Happy' of state machine 'Orders' maps state 'Charge' to mocked response "
                + "'ChargeSucces', which \"MockedResponses\" does not define (did you mean 'ChargeSuccess'?). "
                + "Fix: Name one of the mocked responses [ChargeSuccess], or define 'ChargeSucces' under "
                + "\"MockedResponses\".");
    }

    @Test
    void sp_m006_non_numeric_invocation_key() {
        // WHEN
        Diagnostic d = only(readResponse("""
                {"0": {"Return": 1},
                   "first": {"Return": 2}}"""));
        // THEN
        then(d.format()).isEqualTo("MockConfigFile.json:4:4: ERROR SP-M006 at /MockedResponses/R/first: Mocked "
                + "response 'R' has the invocation key 'first', which is neither an invocation number such as '0' "
                + "nor an inclusive range such as '1-2'. Fix: Use a 0-based invocation number (\"0\") or an "
                + "inclusive range of them (\"1-2\").");
    }

    @Test
    void sp_m006_reversed_range() {
        // WHEN
        Diagnostic d = only(readResponse("{\"0-1\": {\"Return\": 1}, \"3-2\": {\"Return\": 2}}"));
        // THEN
        then(d.message()).isEqualTo("Mocked response 'R' has the invocation key '3-2', whose end comes before its start.");
        then(d.pointer()).isEqualTo("/MockedResponses/R/3-2");
    }

    @Test
    void sp_m007_overlapping_ranges() {
        // WHEN
        Diagnostic d = only(readResponse("""
                {"0-2": {"Return": 1},
                   "2": {"Return": 2}}"""));
        // THEN
        then(d.format()).isEqualTo("MockConfigFile.json:4:4: ERROR SP-M007 at /MockedResponses/R/2: Mocked response "
                + "'R' answers invocation 2 twice: in '0-2' and in '2'. Fix: Make the invocation ranges of 'R' "
                + "disjoint, so each invocation has one answer.");
    }

    @Test
    void sp_m008_gap_between_ranges() {
        // WHEN
        Diagnostic d = only(readResponse("""
                {"0": {"Return": 1},
                   "2-3": {"Return": 2}}"""));
        // THEN
        then(d.format()).isEqualTo("MockConfigFile.json:4:4: ERROR SP-M008 at /MockedResponses/R/2-3: Mocked "
                + "response 'R' has no answer for invocation 1: invocations are numbered from 0 without gaps, but "
                + "'0' is followed by '2-3'. Fix: Add an answer for invocation 1 (Step Functions Local fails the "
                + "execution when an invocation has none).");
    }

    @Test
    void sp_m008_numbering_not_starting_at_zero() {
        // WHEN
        Diagnostic d = only(readResponse("{\"1\": {\"Return\": 1}}"));
        // THEN
        then(d.message()).isEqualTo("Mocked response 'R' has no answer for invocation 0: invocations are numbered "
                + "from 0 without gaps, but the first key is '1'.");
    }

    @Test
    void sp_m009_both_return_and_throw() {
        // WHEN
        Diagnostic d = only(readResponse("""
                {"0": {"Return": 1, "Throw": {"Error": "E", "Cause": "C"}}}"""));
        // THEN
        then(d.format()).isEqualTo("MockConfigFile.json:3:9: ERROR SP-M009 at /MockedResponses/R/0: Invocation '0' "
                + "of mocked response 'R' has both \"Return\" and \"Throw\"; it must have exactly one. "
                + "Fix: Keep either the result (\"Return\") or the error (\"Throw\").");
    }

    @Test
    void sp_m009_neither_return_nor_throw() {
        // WHEN
        MockConfig.ReadResult result = readResponse("{\"0\": {}}");
        // THEN
        Diagnostic d = only(result);
        then(d.code()).isEqualTo("SP-M009");
        then(d.message()).isEqualTo("Invocation '0' of mocked response 'R' has neither \"Return\" nor \"Throw\"; "
                + "it must have exactly one.");
        then(d.hint()).isEqualTo("Add \"Return\": <result> or \"Throw\": {\"Error\": …, \"Cause\": …}.");
    }

    @Test
    void sp_m010_throw_without_cause() {
        // WHEN
        Diagnostic d = only(readResponse("{\"0\": {\"Throw\": {\"Error\": \"Lambda.TimeoutException\"}}}"));
        // THEN
        then(d.format()).isEqualTo("MockConfigFile.json:3:15: ERROR SP-M010 at /MockedResponses/R/0/Throw: \"Throw\" "
                + "of invocation '0' in mocked response 'R' must be an object with string fields \"Error\" and "
                + "\"Cause\", but it has no \"Cause\". Fix: Write \"Throw\": {\"Error\": \"Lambda.TimeoutException\", "
                + "\"Cause\": \"Lambda timed out.\"}.");
    }

    @Test
    void sp_m010_throw_error_of_the_wrong_type() {
        // WHEN
        Diagnostic d = only(readResponse("{\"0\": {\"Throw\": {\"Error\": 500, \"Cause\": \"boom\"}}}"));
        // THEN
        then(d.pointer()).isEqualTo("/MockedResponses/R/0/Throw/Error");
        then(d.message()).endsWith("but \"Error\" is a number.");
    }

    @Test
    void sp_m011_mocked_response_without_invocations() {
        // WHEN
        Diagnostic d = only(readResponse("{}"));
        // THEN
        then(d.format()).isEqualTo("MockConfigFile.json:3:3: ERROR SP-M011 at /MockedResponses/R: Mocked response "
                + "'R' defines no invocation. Fix: Add at least \"0\": {\"Return\": …} or \"0\": {\"Throw\": …}.");
    }

    @Test
    void sp_m012_unknown_field_is_a_warning_with_near_miss() {
        // WHEN
        MockConfig.ReadResult result = read("""
                {"StateMachines": {}, "MockedResponses": {},
                 "MockedResponse": {}}""");
        // THEN
        Diagnostic d = only(result);
        then(result.isValid()).isTrue();
        then(d.format()).isEqualTo("MockConfigFile.json:2:2: WARNING SP-M012 at /MockedResponse: Unknown field "
                + "'MockedResponse' in the mock configuration (did you mean 'MockedResponses'?); it is ignored. "
                + "Fix: Remove it, or use one of [MockedResponses, StateMachines].");
    }

    @Test
    void every_problem_is_reported_not_only_the_first() {
        // WHEN
        MockConfig.ReadResult result = read("""
                {"StateMachines": {"M": {"TestCases": {"T": {"A": "Nope", "B": "R"}}}},
                 "MockedResponses": {"R": {"0": {}, "x": {"Return": 1}}}}""");
        // THEN
        then(result.errors()).extracting(Diagnostic::code).containsExactlyInAnyOrder("SP-M005", "SP-M006", "SP-M009");
        then(result.mockConfig()).isEmpty();
    }

    @Test
    void or_else_throw_lists_the_errors() {
        // GIVEN
        MockConfig.ReadResult result = read("[]");
        // WHEN
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(result::orElseThrow);
        // THEN
        then(thrown).isInstanceOf(IllegalStateException.class).hasMessage("Invalid mock configuration "
                + "MockConfigFile.json:\n  MockConfigFile.json:1:1: ERROR SP-M002 at /: The mock configuration must be "
                + "a JSON object, but is an array. Fix: Write an object with \"StateMachines\" and \"MockedResponses\", "
                + "as AWS documents for MockConfigFile.json.");
    }
}
