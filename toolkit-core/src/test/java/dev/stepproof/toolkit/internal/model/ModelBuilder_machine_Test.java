package dev.stepproof.toolkit.internal.model;

import dev.stepproof.toolkit.model.QueryLanguage;
import dev.stepproof.toolkit.model.State;
import dev.stepproof.toolkit.model.StateMachine;
import org.junit.jupiter.api.Test;

import static dev.stepproof.toolkit.internal.model.Definitions.build;
import static org.assertj.core.api.BDDAssertions.then;

class ModelBuilder_machine_Test {

    private static final String NESTED = """
            {"StartAt": "First", "Comment": "top", "Version": "1.0", "TimeoutSeconds": 300,
             "QueryLanguage": "JSONata",
             "States": {
               "First": {"Type": "Parallel", "Next": "Fan", "Branches": [
                 {"StartAt": "B0", "States": {"B0": {"Type": "Pass", "End": true}}},
                 {"StartAt": "B1", "States": {"B1": {"Type": "Map", "End": true,
                    "ItemProcessor": {"StartAt": "Inner", "States": {"Inner": {"Type": "Succeed"}}}}}}]},
               "Fan": {"Type": "Pass", "QueryLanguage": "JSONPath", "Next": "a/b~c"},
               "a/b~c": {"Type": "Succeed"}}}""";

    @Test
    void should_read_top_level_fields() {
        // WHEN
        StateMachine machine = build(NESTED);

        // THEN
        then(machine.startAt()).isEqualTo("First");
        then(machine.comment()).isEqualTo("top");
        then(machine.version()).isEqualTo("1.0");
        then(machine.timeoutSeconds()).isEqualTo(300);
        then(machine.queryLanguage()).isEqualTo(QueryLanguage.JSONATA);
        then(machine.states()).containsOnlyKeys("First", "Fan", "a/b~c");
        then(machine.states().keySet()).containsExactly("First", "Fan", "a/b~c");
    }

    @Test
    void should_list_all_states_depth_first_in_definition_order() {
        // WHEN
        StateMachine machine = build(NESTED);

        // THEN
        then(machine.allStates()).extracting(State::name)
                .containsExactly("First", "B0", "B1", "Inner", "Fan", "a/b~c");
        then(machine.allStates()).extracting(State::pointer).containsExactly(
                "/States/First",
                "/States/First/Branches/0/States/B0",
                "/States/First/Branches/1/States/B1",
                "/States/First/Branches/1/States/B1/ItemProcessor/States/Inner",
                "/States/Fan",
                "/States/a~1b~0c");
    }

    @Test
    void should_find_nested_states_by_name() {
        // WHEN
        StateMachine machine = build(NESTED);

        // THEN
        then(machine.findState("Inner")).hasValueSatisfying(
                state -> then(state.pointer()).endsWith("/ItemProcessor/States/Inner"));
        then(machine.findState("Nope")).isEmpty();
        then(machine.findState(null)).isEmpty();
    }

    @Test
    void should_resolve_effective_query_language_from_state_then_machine() {
        // GIVEN
        StateMachine machine = build(NESTED);
        StateMachine jsonPathByDefault = build("{\"StartAt\": \"X\", \"States\": {\"X\": {\"Type\": \"Succeed\"}}}");

        // WHEN
        QueryLanguage inherited = machine.effectiveQueryLanguage(machine.states().get("First"));
        QueryLanguage overridden = machine.effectiveQueryLanguage(machine.states().get("Fan"));
        QueryLanguage defaulted = jsonPathByDefault.effectiveQueryLanguage(jsonPathByDefault.states().get("X"));

        // THEN
        then(inherited).isEqualTo(QueryLanguage.JSONATA);
        then(overridden).isEqualTo(QueryLanguage.JSONPATH);
        then(defaulted).isEqualTo(QueryLanguage.JSONPATH);
        then(jsonPathByDefault.queryLanguage()).isNull();
    }

    @Test
    void should_expose_the_top_level_as_a_workflow() {
        // WHEN
        StateMachine machine = build(NESTED);

        // THEN
        then(machine.asWorkflow().pointer()).isEmpty();
        then(machine.asWorkflow().startAt()).isEqualTo("First");
        then(machine.asWorkflow().states()).isEqualTo(machine.states());
        then(machine.asWorkflow().allStates()).isEqualTo(machine.allStates());
    }
}
