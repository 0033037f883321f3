package dev.stepproof.toolkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.spi.TaskResult;
import org.junit.jupiter.api.Test;

import static dev.stepproof.toolkit.SingleQuotedWorkflows.interpreter;
import static dev.stepproof.toolkit.SingleQuotedWorkflows.json;
import static dev.stepproof.toolkit.SingleQuotedWorkflows.run;
import static org.assertj.core.api.BDDAssertions.then;

/** Workflow variables (ASL-SEMANTICS §4) in both query languages: timing, scopes and history. */
class InterpreterVariablesTest {


    private static JsonNode assigned(Execution execution, String state) {
        return execution.history().events().stream()
                .filter(e -> e.type().endsWith("StateExited") && state.equals(e.stateName())).findFirst().orElseThrow()
                .details().path("stateExitedEventDetails").path("assignedVariables");
    }

    @Test
    void should_read_the_old_value_in_the_assigning_state_as_aws_recorded() {
        // GIVEN AWS-REC BASE_EVALUATION_ORDER_PASS_STATE
        Interpreter interpreter = interpreter("""
                {'StartAt': 'State0', 'States': {
                  'State0': {'Type': 'Pass', 'Result': {'theQuestion': 'Why?'},
                             'Assign': {'question.$': '$.theQuestion', 'answer': 42}, 'Next': 'State1'},
                  'State1': {'Type': 'Pass', 'InputPath': '$answer', 'ResultPath': '$.theAnswer', 'OutputPath': '$answer',
                             'Assign': {'answer': '<omitted>'}, 'End': true}}}""");
        // WHEN
        Execution execution = run(interpreter, "{}");
        // THEN
        then(execution.output()).isEqualTo(json("42"));
        then(assigned(execution, "State0")).isEqualTo(json("{'question': '\\\"Why?\\\"', 'answer': '42'}"));
        then(assigned(execution, "State1")).isEqualTo(json("{'answer': '\\\"<omitted>\\\"'}"));
        then(execution.history().events().get(4).details().path("stateExitedEventDetails")
                .path("assignedVariablesDetails")).isEqualTo(json("{'truncated': false}"));
    }

    @Test
    void should_let_map_iterations_read_outer_variables_but_keep_their_own_local() {
        // GIVEN AWS-REC BASE_SCOPE_MAP, extended: the iteration's own variable is gone after the Map
        Interpreter interpreter = interpreter("""
                {'StartAt': 'State0', 'States': {
                  'State0': {'Type': 'Pass', 'Assign': {'items': [1, 2, 3], 'x': 42}, 'Next': 'State1'},
                  'State1': {'Type': 'Map', 'ItemsPath': '$items', 'MaxConcurrency': 1,
                             'ItemProcessor': {'StartAt': 'Inner', 'States': {
                               'Inner': {'Type': 'Pass', 'Assign': {'innerX.$': '$x'}, 'End': true}}},
                             'Next': 'State2'},
                  'State2': {'Type': 'Pass', 'QueryLanguage': 'JSONata',
                             'Output': {'x': '{% $x %}', 'inner': '{% $exists($innerX) %}'}, 'End': true}}}""");
        // WHEN
        Execution execution = run(interpreter, "{}");
        // THEN
        then(execution.output()).isEqualTo(json("{'x': 42, 'inner': false}"));
        then(execution.history().events()).filteredOn(e -> "Inner".equals(e.stateName()) && e.type().endsWith("Exited"))
                .extracting(e -> e.details().path("stateExitedEventDetails").path("assignedVariables"))
                .containsOnly(json("{'innerX': '42'}"));
    }

    @Test
    void should_keep_parallel_branches_from_seeing_each_others_variables() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'Both', 'States': {
                  'Both': {'Type': 'Parallel', 'Branches': [
                    {'StartAt': 'A1', 'States': {
                      'A1': {'Type': 'Pass', 'Assign': {'mine': 'a'}, 'Next': 'A2'},
                      'A2': {'Type': 'Pass', 'Output': {'mine': '{% $mine %}', 'theirs': '{% $exists($yours) %}'}, 'End': true}}},
                    {'StartAt': 'B1', 'States': {
                      'B1': {'Type': 'Pass', 'Assign': {'yours': 'b'}, 'Next': 'B2'},
                      'B2': {'Type': 'Pass', 'Output': {'mine': '{% $exists($mine) %}'}, 'End': true}}}],
                  'End': true}}}""");
        // WHEN / THEN
        then(run(interpreter, "{}").output()).isEqualTo(json("[{'mine': 'a', 'theirs': false}, {'mine': false}]"));
    }

    @Test
    void should_refuse_to_assign_a_name_of_an_outer_scope() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {'StartAt': 'Init', 'States': {
                  'Init': {'Type': 'Pass', 'Assign': {'total': 0}, 'Next': 'Each'},
                  'Each': {'Type': 'Map', 'ItemProcessor': {'StartAt': 'Add', 'States': {
                             'Add': {'Type': 'Pass', 'Assign': {'total.$': '$'}, 'End': true}}}, 'End': true}}}""");
        // WHEN
        Execution execution = run(interpreter, "[5]");
        // THEN
        then(execution.error()).isEqualTo("States.Runtime");
        then(execution.cause()).isEqualTo("An error occurred while executing the state 'Add' (entered at the event id #7). "
                + "Cannot bind value '5' to variable 'total' as it belongs to an outer scope.");
    }

    @Test
    void should_fail_on_a_jsonata_reference_to_an_undefined_variable() {
        // GIVEN AWS-REC BASE_UNDEFINED_ASSIGN
        Interpreter interpreter = interpreter("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'State0', 'States': {
                  'State0': {'Type': 'Pass', 'Assign': {'result': '{% $doesNotExist %}'}, 'End': true}}}""");
        // WHEN
        Execution execution = run(interpreter, "{}");
        // THEN
        then(execution.error()).isEqualTo("States.QueryEvaluationError");
        then(execution.cause()).isEqualTo("An error occurred while executing the state 'State0' (entered at the event id #2). "
                + "The JSONata expression '$doesNotExist' specified for the field 'Assign/result' returned nothing (undefined).");
    }

    @Test
    void should_apply_a_catchers_assign_instead_of_the_states() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {'StartAt': 'Call', 'States': {
                  'Call': {'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke', 'Parameters': {'FunctionName': 'f'},
                           'Assign': {'outcome': 'ok'},
                           'Catch': [{'ErrorEquals': ['States.ALL'], 'Assign': {'outcome': 'caught', 'error.$': '$.Error'},
                                      'ResultPath': null, 'Next': 'Done'}], 'End': true},
                  'Done': {'Type': 'Pass', 'Parameters': {'outcome.$': '$outcome', 'error.$': '$error'}, 'End': true}}}""");
        // WHEN
        Execution execution = interpreter.execute(ExecutionOptions.defaults()
                .withTaskInvoker(call -> TaskResult.failure("Boom", "it broke")));
        // THEN
        then(execution.output()).isEqualTo(json("{'outcome': 'caught', 'error': 'Boom'}"));
    }

    @Test
    void should_assign_in_wait_and_choice_states() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {'StartAt': 'W', 'States': {
                  'W': {'Type': 'Wait', 'Seconds': 0, 'Assign': {'foo': 'oof'}, 'Next': 'C'},
                  'C': {'Type': 'Choice', 'Choices': [{'Variable': '$foo', 'StringEquals': 'oof', 'Next': 'Done',
                                                       'Assign': {'rule': 0}}],
                        'Default': 'Done', 'Assign': {'rule': -1}},
                  'Done': {'Type': 'Pass', 'Parameters': {'foo.$': '$foo', 'rule.$': '$rule'}, 'End': true}}}""");
        // WHEN / THEN
        then(run(interpreter, "{}").output()).isEqualTo(json("{'foo': 'oof', 'rule': 0}"));
    }
}
