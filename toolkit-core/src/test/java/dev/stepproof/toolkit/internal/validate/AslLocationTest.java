package dev.stepproof.toolkit.internal.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AslLocationTest {

    private static final String DEFINITION = """
            {"StartAt": "Fan", "States": {
              "Fan": {"Type": "Parallel", "End": true, "Branches": [
                {"StartAt": "Each", "States": {
                  "Each": {"Type": "Map", "End": true, "ItemProcessor": {"StartAt": "a/b", "States": {
                    "a/b": {"Type": "Task", "Resource": "r", "End": true,
                            "Retry": [{"ErrorEquals": ["X"], "BackoffRate": 0}]}}}}}}]},
              "Const": {"Type": "Pass", "Result": {"States": {"NotAState": {}}}, "End": true}}}""";

    @Test
    void names_the_innermost_state_and_the_path_inside_it() throws JsonProcessingException {
        // GIVEN
        JsonNode root = new ObjectMapper().readTree(DEFINITION);
        String pointer = "/States/Fan/Branches/0/States/Each/ItemProcessor/States/a~1b/Retry/0/BackoffRate";

        // WHEN
        AslLocation location = AslLocation.of(root, pointer);

        // THEN
        assertThat(location).isEqualTo(new AslLocation("a/b", "Retry[0].BackoffRate"));
        assertThat(location.subject()).isEqualTo("State 'a/b'");
    }

    @Test
    void keeps_the_enclosing_state_for_a_branch_that_is_not_a_state() throws JsonProcessingException {
        // GIVEN
        JsonNode root = new ObjectMapper().readTree(DEFINITION);

        // WHEN
        AslLocation location = AslLocation.of(root, "/States/Fan/Branches/0");

        // THEN
        assertThat(location).isEqualTo(new AslLocation("Fan", "Branches[0]"));
    }

    @Test
    void does_not_take_a_states_key_inside_data_for_a_state() throws JsonProcessingException {
        // GIVEN
        JsonNode root = new ObjectMapper().readTree(DEFINITION);

        // WHEN
        AslLocation location = AslLocation.of(root, "/States/Const/Result/States/NotAState");

        // THEN
        assertThat(location).isEqualTo(new AslLocation("Const", "Result.States.NotAState"));
    }

    @Test
    void speaks_of_the_state_machine_outside_any_state() throws JsonProcessingException {
        // GIVEN
        JsonNode root = new ObjectMapper().readTree(DEFINITION);

        // WHEN
        AslLocation location = AslLocation.of(root, "/StartAt");

        // THEN
        assertThat(location.inState()).isFalse();
        assertThat(location.subject()).isEqualTo("The state machine");
        assertThat(location.fieldPath()).isEqualTo("StartAt");
    }
}
