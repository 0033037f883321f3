package dev.stepproof.toolkit.internal.model;

import dev.stepproof.toolkit.internal.parse.LocatedDocument;
import dev.stepproof.toolkit.model.ChoiceState;
import dev.stepproof.toolkit.model.Comparison;
import dev.stepproof.toolkit.model.ComparisonOperator;
import dev.stepproof.toolkit.model.Condition;
import dev.stepproof.toolkit.model.MapState;
import dev.stepproof.toolkit.model.PathField;
import dev.stepproof.toolkit.model.StateMachine;
import dev.stepproof.toolkit.model.TaskState;
import dev.stepproof.toolkit.model.Transition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static dev.stepproof.toolkit.internal.model.Definitions.build;
import static dev.stepproof.toolkit.internal.model.Definitions.json;
import static dev.stepproof.toolkit.internal.model.Definitions.single;
import static org.assertj.core.api.BDDAssertions.then;

class ModelBuilder_odd_input_Test {

    @ParameterizedTest
    @ValueSource(strings = {"[]", "42", "\"text\"", "null", "{}", "{\"States\": []}", "{\"States\": 1}",
            "{\"StartAt\": 7, \"States\": {\"A\": 1, \"B\": {\"Type\": 3}, \"C\": {\"Type\": \"Nope\"}}}"})
    void should_build_an_empty_or_partial_machine_from_a_malformed_root(String definition) {
        // WHEN
        StateMachine machine = build(definition);

        // THEN
        then(machine.states()).isEmpty();
        then(machine.startAt()).isNull();
    }

    @Test
    void should_build_from_a_document_with_a_null_root() {
        // WHEN
        StateMachine machine = ModelBuilder.build(new LocatedDocument("test", null, Map.of()));

        // THEN
        then(machine.states()).isEmpty();
    }

    @Test
    void should_read_wrong_typed_task_fields_as_absent() {
        // GIVEN
        String state = """
                {"Type": "Task", "Resource": 5, "Comment": [], "QueryLanguage": "jsonata",
                 "InputPath": 3, "OutputPath": {}, "ResultPath": true, "TimeoutSeconds": {"a": 1},
                 "HeartbeatSeconds": [], "Next": 1, "End": "true",
                 "Retry": [1, {"ErrorEquals": "States.ALL", "MaxAttempts": "3", "IntervalSeconds": 1.5,
                               "BackoffRate": "2", "JitterStrategy": "full"}],
                 "Catch": {"ErrorEquals": ["States.ALL"]}}""";

        // WHEN
        TaskState task = single(state, TaskState.class);

        // THEN
        then(task.resource()).isNull();
        then(task.comment()).isNull();
        then(task.queryLanguage()).isNull();
        then(task.inputPath()).isEqualTo(PathField.ABSENT);
        then(task.outputPath()).isEqualTo(PathField.ABSENT);
        then(task.resultPath()).isEqualTo(PathField.ABSENT);
        then(task.timeoutSeconds()).isNull();
        then(task.heartbeatSeconds()).isNull();
        then(task.transition()).isEqualTo(Transition.NONE);
        then(task.retriers()).singleElement().satisfies(retrier -> {
            then(retrier.errorEquals()).isEmpty();
            then(retrier.maxAttempts()).isNull();
            then(retrier.intervalSeconds()).isNull();
            then(retrier.backoffRate()).isNull();
            then(retrier.jitterStrategy()).isNull();
        });
        then(task.catchers()).isEmpty();
    }

    @Test
    void should_skip_unreadable_choice_rules_and_operands() {
        // GIVEN
        String state = """
                {"Type": "Choice", "Choices": [
                   "not a rule",
                   {"Next": "NoCondition"},
                   {"Not": "x", "Next": "BadNot"},
                   {"And": {"Variable": "$.a"}, "Or": [1, {"Variable": "$.b", "IsNull": true}], "Next": "Or"},
                   {"Variable": "$.c", "StringEquals": "a", "NumericEquals": 1, "Next": "First"}],
                 "Default": 3}""";

        // WHEN
        ChoiceState choice = single(state, ChoiceState.class);

        // THEN
        then(choice.choices()).hasSize(4);
        then(choice.choices().get(0).condition()).isNull();
        then(choice.choices().get(1).condition()).isNull();
        then(choice.choices().get(2).condition()).isEqualTo(new Condition.Or(List.of(
                new Comparison("$.b", ComparisonOperator.IS_NULL, json("true")))));
        then(choice.choices().get(3).condition())
                .isEqualTo(new Comparison("$.c", ComparisonOperator.STRING_EQUALS, json("\"a\"")));
        then(choice.defaultState()).isNull();
    }

    @Test
    void should_read_odd_map_fields_as_absent() {
        // GIVEN
        String state = """
                {"Type": "Map", "ItemProcessor": [], "Iterator": "x", "ItemReader": 1, "ItemBatcher": [],
                 "ResultWriter": "w", "MaxConcurrency": true, "ItemsPath": 1, "Label": {},
                 "Branches": "not a map field"}""";

        // WHEN
        MapState map = single(state, MapState.class);

        // THEN
        then(map.processor()).isNull();
        then(map.nestedWorkflows()).isEmpty();
        then(map.itemReader()).isNull();
        then(map.itemBatcher()).isNull();
        then(map.resultWriter()).isNull();
        then(map.maxConcurrency()).isNull();
        then(map.itemsPath()).isNull();
        then(map.label()).isNull();
    }

    @Test
    void should_read_odd_processor_config_and_branches_without_throwing() {
        // GIVEN
        String definition = """
                {"StartAt": "P", "States": {
                   "P": {"Type": "Parallel", "Branches": [1, {"States": []}, {"StartAt": "X", "States": {}}]},
                   "M": {"Type": "Map", "ItemProcessor": {"ProcessorConfig": {"Mode": "inline",
                         "ExecutionType": 1}, "States": "none"}}}}""";

        // WHEN
        StateMachine machine = build(definition);

        // THEN
        then(machine.states().get("P").nestedWorkflows()).extracting(w -> w.pointer())
                .containsExactly("/States/P/Branches/1", "/States/P/Branches/2");
        MapState map = (MapState) machine.states().get("M");
        then(map.itemProcessor().processorConfig().mode()).isNull();
        then(map.itemProcessor().processorConfig().executionType()).isNull();
        then(map.itemProcessor().workflow().states()).isEmpty();
        then(machine.allStates()).hasSize(2);
    }
}
