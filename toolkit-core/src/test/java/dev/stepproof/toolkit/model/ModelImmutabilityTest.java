package dev.stepproof.toolkit.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.BDDAssertions.then;

class ModelImmutabilityTest {

    private static ObjectNode object(String field, String value) {
        return new ObjectMapper().createObjectNode().put(field, value);
    }

    private static PassState pass(String name, JsonNode parameters) {
        return new PassState(name, "/States/" + name, null, null, Transition.END, null, null, parameters,
                null, null, null, null);
    }

    @Test
    void should_deep_copy_json_values_on_construction() {
        // GIVEN
        ObjectNode parameters = object("a", "1");
        PassState pass = pass("P", parameters);

        // WHEN
        parameters.put("a", "changed");

        // THEN
        then(pass.parameters()).isEqualTo(object("a", "1"));
        then(pass.parameters()).isNotSameAs(parameters);
    }

    @Test
    void should_copy_state_maps_keeping_order_and_refuse_changes() {
        // GIVEN
        Map<String, State> states = new LinkedHashMap<>();
        states.put("Z", pass("Z", null));
        states.put("A", pass("A", null));
        StateMachine machine = new StateMachine("Z", states, null, null, null, null);

        // WHEN
        states.put("B", pass("B", null));

        // THEN
        then(machine.states().keySet()).containsExactly("Z", "A");
        assertThatThrownBy(() -> machine.states().put("C", pass("C", null)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> machine.allStates().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void should_copy_lists_and_refuse_changes() {
        // GIVEN
        List<String> errors = new ArrayList<>(List.of("A"));
        List<Retrier> retriers = new ArrayList<>();
        retriers.add(new Retrier(errors, null, null, null, null, null, null));
        TaskState task = new TaskState("T", "/States/T", null, null, Transition.END, null, null, "arn:x",
                null, null, null, null, null, null, null, null, null, null, null, retriers, null);

        // WHEN
        errors.add("B");
        retriers.clear();

        // THEN
        then(task.retriers()).hasSize(1);
        then(task.retriers().get(0).errorEquals()).containsExactly("A");
        then(task.catchers()).isEmpty();
        assertThatThrownBy(() -> task.retriers().add(null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> task.retriers().get(0).errorEquals().add("C"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void should_default_absent_paths_and_transition_instead_of_holding_null() {
        // WHEN
        PassState pass = new PassState("P", "/States/P", null, null, null, null, null, null, null, null, null, null);

        // THEN
        then(pass.inputPath()).isEqualTo(PathField.ABSENT);
        then(pass.outputPath()).isEqualTo(PathField.ABSENT);
        then(pass.resultPath()).isEqualTo(PathField.ABSENT);
        then(pass.transition()).isEqualTo(Transition.NONE);
    }

    @Test
    void should_reject_a_state_without_name_or_pointer() {
        assertThatThrownBy(() -> pass(null, null)).isInstanceOf(NullPointerException.class).hasMessage("name");
        assertThatThrownBy(() -> new SucceedState("S", null, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("pointer");
    }

    @Test
    void should_deep_copy_choice_operands_and_conditions() {
        // GIVEN
        ObjectNode operand = object("k", "v");
        Comparison comparison = new Comparison("$.x", ComparisonOperator.STRING_EQUALS, operand);
        List<Condition> operands = new ArrayList<>(List.of(comparison));
        Condition.And and = new Condition.And(operands);

        // WHEN
        operand.put("k", "changed");
        operands.clear();

        // THEN
        then(comparison.operand()).isEqualTo(object("k", "v"));
        then(and.operands()).containsExactly(comparison);
    }
}
