package dev.stepproof.toolkit.internal.validate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NearMissTest {

    @Test
    void matches_names_that_differ_only_in_case_spaces_or_punctuation() {
        // GIVEN
        List<String> fields = List.of("ErrorEquals", "Next", "ResultPath");

        // WHEN / THEN
        assertThat(NearMiss.among("Error Equals", fields)).contains("ErrorEquals");
        assertThat(NearMiss.among("result_path", fields)).contains("ResultPath");
    }

    @Test
    void matches_a_close_typo_with_the_same_first_letter() {
        // GIVEN
        List<String> types = List.of("Task", "Wait", "Pass", "Succeed", "Fail", "Choice", "Parallel", "Map");

        // WHEN / THEN
        assertThat(NearMiss.among("Tsk", types)).contains("Task");
        assertThat(NearMiss.among("Succed", types)).contains("Succeed");
    }

    @Test
    void suggests_nothing_for_an_unrelated_name() {
        // GIVEN
        List<String> ruleFields = List.of("And", "Or", "Not", "Next", "Variable");

        // WHEN / THEN
        assertThat(NearMiss.among("End", ruleFields)).isEmpty();
        assertThat(NearMiss.among("bugInputPath", List.of("InputPath", "OutputPath"))).isEmpty();
    }
}
