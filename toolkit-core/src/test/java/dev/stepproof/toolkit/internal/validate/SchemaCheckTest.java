package dev.stepproof.toolkit.internal.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.Severity;
import dev.stepproof.toolkit.SourcePosition;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SchemaCheckTest {

    private static final SchemaCheck CHECK = new SchemaCheck();

    @Test
    void accepts_a_valid_definition_in_each_query_language() {
        // GIVEN
        String jsonPath = machine("""
                "Start": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 30,
                          "Retry": [{"ErrorEquals": ["States.ALL"], "BackoffRate": 1.5, "JitterStrategy": "FULL"}],
                          "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Done", "ResultPath": null}],
                          "Next": "Choose"},
                "Choose": {"Type": "Choice", "Default": "Done",
                           "Choices": [{"Not": {"Variable": "$.x", "NumericLessThan": 3}, "Next": "Wait"}]},
                "Wait": {"Type": "Wait", "Timestamp": "2016-03-14T01:59:00Z", "InputPath": null, "Next": "Nanos"},
                "Nanos": {"Type": "Wait", "Timestamp": "2016-03-05T21:29:29.243167252Z", "Next": "Offset"},
                "Offset": {"Type": "Wait", "Timestamp": "2012-10-09T19:00:55+01:00", "Next": "Done"},
                "Done": {"Type": "Succeed"}""");
        String jsonata = """
                {"QueryLanguage": "JSONata", "StartAt": "Fan", "States": {
                  "Fan": {"Type": "Map", "Items": "{% $states.input.xs %}", "MaxConcurrency": "{% 2 %}",
                          "ItemProcessor": {"StartAt": "Nap", "States": {
                            "Nap": {"Type": "Wait", "Seconds": "{% $states.input %}", "End": true}}},
                          "End": true}}}""";

        // WHEN
        List<Diagnostic> found = check(jsonPath);
        found.addAll(check(jsonata));

        // THEN
        assertThat(found).isEmpty();
    }

    @Test
    void reports_a_missing_field_at_the_object_that_lacks_it() {
        // GIVEN
        String definition = machine("""
                "Call": {"Type": "Task", "End": true,
                         "Catch": [{"ErrorEquals": ["States.ALL"]}]}""");

        // WHEN
        List<Diagnostic> found = check(definition);

        // THEN
        assertThat(found).extracting(Diagnostic::code, Diagnostic::severity, Diagnostic::pointer,
                        Diagnostic::message, Diagnostic::hint)
                .containsExactly(
                        tuple("SP-S001", Severity.ERROR, "/States/Call",
                                "State 'Call' has no field 'Resource', which a Task state requires.",
                                "Add 'Resource'."),
                        tuple("SP-S001", Severity.ERROR, "/States/Call/Catch/0",
                                "State 'Call' at 'Catch[0]' has no field 'Next', which a Catch entry requires.",
                                "Add 'Next'."));
    }

    @Test
    void reports_each_missing_top_level_field() {
        // GIVEN
        String definition = "{}";

        // WHEN
        List<Diagnostic> found = check(definition);

        // THEN
        assertThat(found).extracting(Diagnostic::code, Diagnostic::pointer, Diagnostic::message)
                .containsExactly(
                        tuple("SP-S001", "", "The state machine has no field 'StartAt', which the top level of a"
                                + " state machine requires."),
                        tuple("SP-S001", "", "The state machine has no field 'States', which the top level of a"
                                + " state machine requires."));
    }

    @Test
    void reports_a_field_the_state_type_does_not_allow_at_the_field_itself() {
        // GIVEN
        String definition = machine("""
                "Wait1": {"Type": "Wait", "Seconds": 1, "ResultPath": "$.x", "End": true}""");

        // WHEN
        List<Diagnostic> found = check(definition);

        // THEN
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("SP-S002");
            assertThat(d.pointer()).isEqualTo("/States/Wait1/ResultPath");
            assertThat(d.message()).isEqualTo("State 'Wait1' has field 'ResultPath', which a Wait state does not allow.");
            assertThat(d.hint()).isEqualTo("Remove 'ResultPath' or change the state's Type.");
        });
    }

    @Test
    void suggests_the_field_a_misspelling_meant() {
        // GIVEN
        String definition = machine("""
                "Call": {"Type": "Task", "Resource": "r", "End": true,
                         "Catch": [{"Error Equals": ["States.ALL"], "Next": "Call"}]}""");

        // WHEN
        List<Diagnostic> found = check(definition);

        // THEN
        assertThat(found).extracting(Diagnostic::code, Diagnostic::pointer, Diagnostic::message, Diagnostic::hint)
                .contains(tuple("SP-S002", "/States/Call/Catch/0/Error Equals",
                        "State 'Call' at 'Catch[0]' has field 'Error Equals', which a Catch entry does not allow.",
                        "Rename 'Error Equals' to 'ErrorEquals', or remove it."));
    }

    @Test
    void rejects_jsonpath_fields_in_a_state_that_sets_query_language_jsonata_itself() {
        // GIVEN
        String definition = machine("""
                "Shape": {"Type": "Pass", "QueryLanguage": "JSONata", "OutputPath": "$.a", "End": true}""");

        // WHEN
        List<Diagnostic> found = check(definition);

        // THEN
        assertThat(found).extracting(Diagnostic::code, Diagnostic::pointer, Diagnostic::message, Diagnostic::hint)
                .containsExactly(tuple("SP-S002", "/States/Shape/OutputPath",
                        "State 'Shape' has field 'OutputPath', which a JSONata state does not allow.",
                        "Remove 'OutputPath' or change the state's QueryLanguage."));
    }

    @Test
    void leaves_an_inherited_query_language_to_the_semantic_checks() {
        // GIVEN
        String definition = """
                {"QueryLanguage": "JSONata", "StartAt": "Shape", "States": {
                  "Shape": {"Type": "Pass", "OutputPath": "$.a", "End": true}}}""";

        // WHEN
        List<Diagnostic> found = check(definition);

        // THEN
        assertThat(found).isEmpty();
    }

    @Test
    void rejects_next_in_a_nested_choice_rule() {
        // GIVEN
        String definition = machine("""
                "Pick": {"Type": "Choice", "Choices": [
                  {"And": [{"Variable": "$.x", "IsPresent": true, "Next": "Pick"}], "Next": "Pick"}]}""");

        // WHEN
        List<Diagnostic> found = check(definition);

        // THEN
        assertThat(found).extracting(Diagnostic::code, Diagnostic::pointer, Diagnostic::message)
                .containsExactly(tuple("SP-S002", "/States/Pick/Choices/0/And/0/Next",
                        "State 'Pick' at 'Choices[0].And[0]' has field 'Next', which a nested Choice rule"
                                + " (inside And, Or or Not) does not allow."));
    }

    @Test
    void reports_a_value_of_the_wrong_type() {
        // GIVEN
        String definition = machine("""
                "Call": {"Type": "Task", "Resource": "r", "Credentials": null, "End": true}""");

        // WHEN
        List<Diagnostic> found = check(definition);

        // THEN
        assertThat(found).extracting(Diagnostic::code, Diagnostic::pointer, Diagnostic::message, Diagnostic::hint)
                .containsExactly(tuple("SP-S003", "/States/Call/Credentials",
                        "State 'Call' has field 'Credentials' of type null, but it must be an object.",
                        "Change the value to an object."));
    }

    @Test
    void reports_a_plain_string_where_a_number_or_jsonata_expression_goes() {
        // GIVEN
        String definition = machine("""
                "Call": {"Type": "Task", "Resource": "r", "TimeoutSeconds": "10", "End": true}""");

        // WHEN
        List<Diagnostic> found = check(definition);

        // THEN
        assertThat(found).extracting(Diagnostic::code, Diagnostic::pointer, Diagnostic::message)
                .containsExactly(tuple("SP-S003", "/States/Call/TimeoutSeconds",
                        "State 'Call' has field 'TimeoutSeconds' with value \"10\", but it must be an integer"
                                + " from 1 to 99999999 or a JSONata expression."));
    }

    @Test
    void reports_a_jsonata_number_in_a_state_that_sets_query_language_jsonpath_itself() {
        // GIVEN
        String definition = machine("""
                "Call": {"Type": "Task", "QueryLanguage": "JSONPath", "Resource": "r", "TimeoutSeconds": "{% 5 %}",
                         "End": true}""");

        // WHEN
        List<Diagnostic> found = check(definition);

        // THEN
        assertThat(found).extracting(Diagnostic::code, Diagnostic::pointer, Diagnostic::message)
                .containsExactly(tuple("SP-S003", "/States/Call/TimeoutSeconds",
                        "State 'Call' has field 'TimeoutSeconds' of type string, but it must be an integer in a"
                                + " JSONPath state (JSONata expressions need QueryLanguage JSONata)."));
    }

    @Test
    void reports_a_field_forbidden_both_by_type_and_by_query_language_once() {
        // GIVEN
        String definition = machine("""
                "Nap": {"Type": "Wait", "QueryLanguage": "JSONata", "Seconds": 1, "ResultPath": "$.x",
                        "End": true}""");

        // WHEN
        List<Diagnostic> found = check(definition);

        // THEN
        assertThat(found).extracting(Diagnostic::code, Diagnostic::message)
                .containsExactly(tuple("SP-S002",
                        "State 'Nap' has field 'ResultPath', which a Wait state does not allow."));
    }

    @Test
    void reports_a_value_outside_its_enum_and_suggests_the_one_meant() {
        // GIVEN
        String definition = machine("""
                "Fan": {"Type": "Map", "End": true,
                        "ItemProcessor": {"ProcessorConfig": {"Mode": "INLNE"}, "StartAt": "A",
                                          "States": {"A": {"Type": "Succeed"}}}}""");

        // WHEN
        List<Diagnostic> found = check(definition);

        // THEN
        assertThat(found).extracting(Diagnostic::code, Diagnostic::pointer, Diagnostic::message, Diagnostic::hint)
                .containsExactly(tuple("SP-S004", "/States/Fan/ItemProcessor/ProcessorConfig/Mode",
                        "State 'Fan' has field 'ItemProcessor.ProcessorConfig.Mode' with value \"INLNE\", but it"
                                + " must be one of: INLINE, DISTRIBUTED.",
                        "Did you mean 'INLINE'?"));
    }

    @Test
    void reports_numbers_out_of_range() {
        // GIVEN
        String definition = machine("""
                "Call": {"Type": "Task", "Resource": "r", "HeartbeatSeconds": 100000000, "End": true,
                         "Retry": [{"ErrorEquals": ["States.ALL"], "BackoffRate": 0.5}]}""");

        // WHEN
        List<Diagnostic> found = check(definition);

        // THEN
        assertThat(found).extracting(Diagnostic::code, Diagnostic::pointer, Diagnostic::message, Diagnostic::hint)
                .containsExactlyInAnyOrder(
                        tuple("SP-S005", "/States/Call/HeartbeatSeconds",
                                "State 'Call' has field 'HeartbeatSeconds' with value 100000000, but it must be at"
                                        + " most 99999999.",
                                "Use a value of at most 99999999."),
                        tuple("SP-S005", "/States/Call/Retry/0/BackoffRate",
                                "State 'Call' has field 'Retry[0].BackoffRate' with value 0.5, but it must be at"
                                        + " least 1.",
                                "Use a value of at least 1."));
    }

    @Test
    void reports_an_empty_array_that_needs_items() {
        // GIVEN
        String definition = machine("""
                "Both": {"Type": "Parallel", "Branches": [], "End": true}""");

        // WHEN
        List<Diagnostic> found = check(definition);

        // THEN
        assertThat(found).extracting(Diagnostic::code, Diagnostic::pointer, Diagnostic::message, Diagnostic::hint)
                .containsExactly(tuple("SP-S006", "/States/Both/Branches",
                        "State 'Both' has field 'Branches' with an empty array, but it needs at least one item.",
                        "Add at least one item."));
    }

    @Test
    void reports_an_unknown_state_type_alone() {
        // GIVEN
        String definition = machine("""
                "Call": {"Type": "Tsk", "Resource": "r", "Seconds": "x", "End": true}""");

        // WHEN
        List<Diagnostic> found = check(definition);

        // THEN
        assertThat(found).extracting(Diagnostic::code, Diagnostic::pointer, Diagnostic::message, Diagnostic::hint)
                .containsExactly(tuple("SP-S007", "/States/Call/Type",
                        "State 'Call' has Type \"Tsk\", which is not one of: Task, Wait, Pass, Succeed, Fail,"
                                + " Choice, Parallel, Map.",
                        "Did you mean 'Task'?"));
    }

    @Test
    void reports_a_wait_timestamp_that_is_not_rfc3339_once() {
        // GIVEN
        String definition = machine("""
                "WaitUntil": {"Type": "Wait", "Timestamp": "2016-13-05T21:29:29Z", "Next": "Leap"},
                "Leap": {"Type": "Wait", "Timestamp": "2015-02-29T00:00:00Z", "End": true}""");

        // WHEN
        List<Diagnostic> found = check(definition);

        // THEN
        assertThat(found).extracting(Diagnostic::code, Diagnostic::pointer, Diagnostic::message)
                .containsExactly(
                        tuple("SP-S008", "/States/WaitUntil/Timestamp",
                                "State 'WaitUntil' has field 'Timestamp' with value \"2016-13-05T21:29:29Z\", which"
                                        + " is not an RFC3339 timestamp."),
                        tuple("SP-S008", "/States/Leap/Timestamp",
                                "State 'Leap' has field 'Timestamp' with value \"2015-02-29T00:00:00Z\", which"
                                        + " is not an RFC3339 timestamp."));
        assertThat(found.get(0).hint()).isEqualTo("Write date, 'T', time and 'Z' or an offset, for example"
                + " 2016-03-14T01:59:00Z or 2016-03-14T01:59:00+01:00.");
    }

    @Test
    void reports_a_jsonata_timestamp_in_a_state_that_sets_query_language_jsonpath_itself() {
        // GIVEN
        String definition = machine("""
                "WaitUntil": {"Type": "Wait", "QueryLanguage": "JSONPath", "Timestamp": "{% $now() %}",
                              "End": true}""");

        // WHEN
        List<Diagnostic> found = check(definition);

        // THEN
        assertThat(found).extracting(Diagnostic::code, Diagnostic::pointer, Diagnostic::hint)
                .containsExactly(tuple("SP-S008", "/States/WaitUntil/Timestamp",
                        "Use a literal timestamp such as 2016-03-14T01:59:00Z, or set QueryLanguage to JSONata"
                                + " to use an expression."));
    }

    @Test
    void names_the_innermost_state_inside_branches_and_item_processors() {
        // GIVEN
        String definition = machine("""
                "Both": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "Fan", "States": {
                    "Fan": {"Type": "Map", "End": true, "Iterator": {"StartAt": "Inner", "States": {
                      "Inner": {"Type": "Succeed", "Next": "Fan"}}}}}}]}""");

        // WHEN
        List<Diagnostic> found = check(definition);

        // THEN
        assertThat(found).extracting(Diagnostic::pointer, Diagnostic::message)
                .containsExactly(tuple("/States/Both/Branches/0/States/Fan/Iterator/States/Inner/Next",
                        "State 'Inner' has field 'Next', which a Succeed state does not allow."));
    }

    @Test
    void locates_the_diagnostic_in_the_source() throws JsonProcessingException {
        // GIVEN
        String text = machine("""
                "Wait1": {"Type": "Wait", "Seconds": 1, "Parameters": {}, "End": true}""");
        SourcePosition where = new SourcePosition(3, 40);
        LocatedDocument document = new LocatedDocument("flow.asl.json", new ObjectMapper().readTree(text),
                Map.of("/States/Wait1/Parameters", where));

        // WHEN
        List<Diagnostic> found = CHECK.check(document);

        // THEN
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo("flow.asl.json");
            assertThat(d.position()).isEqualTo(where);
        });
    }

    @Test
    void reports_a_definition_that_is_not_an_object() {
        // GIVEN
        String definition = "[]";

        // WHEN
        List<Diagnostic> found = check(definition);

        // THEN
        assertThat(found).extracting(Diagnostic::code, Diagnostic::pointer, Diagnostic::message)
                .containsExactly(tuple("SP-S003", "", "The state machine is of type array, but it must be an object."));
    }

    @Test
    void leaves_cross_field_rules_to_the_semantic_checks() {
        // GIVEN both X and XPath, Next and End, a missing target, States.ALL not alone, a long name
        String definition = machine("""
                "Nap": {"Type": "Wait", "Seconds": 1, "SecondsPath": "$.s", "Next": "Nowhere", "End": true},
                "Call": {"Type": "Task", "Resource": "r", "TimeoutSeconds": 5, "TimeoutSecondsPath": "$.t",
                         "Retry": [{"ErrorEquals": ["States.ALL", "X"]}], "End": true},
                "A state name that is much longer than the eighty characters which AWS allows, surely": {
                  "Type": "Pass", "InputPath": "not a path", "End": true}""");

        // WHEN
        List<Diagnostic> found = check(definition);

        // THEN
        assertThat(found).isEmpty();
    }

    private static String machine(String states) {
        return "{\"StartAt\": \"Start\", \"States\": {" + states + "}}";
    }

    private static List<Diagnostic> check(String json) {
        try {
            LocatedDocument document = new LocatedDocument("test", new ObjectMapper().readTree(json), Map.of());
            return new ArrayList<>(CHECK.check(document));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(json, e);
        }
    }
}
