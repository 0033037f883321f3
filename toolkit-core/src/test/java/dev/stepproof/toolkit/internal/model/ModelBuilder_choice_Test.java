package dev.stepproof.toolkit.internal.model;

import com.fasterxml.jackson.databind.node.BooleanNode;
import dev.stepproof.toolkit.model.ChoiceRule;
import dev.stepproof.toolkit.model.ChoiceState;
import dev.stepproof.toolkit.model.Comparison;
import dev.stepproof.toolkit.model.ComparisonOperator;
import dev.stepproof.toolkit.model.Condition;
import dev.stepproof.toolkit.model.PathField;
import dev.stepproof.toolkit.model.StateType;
import dev.stepproof.toolkit.model.Transition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static dev.stepproof.toolkit.internal.model.Definitions.json;
import static dev.stepproof.toolkit.internal.model.Definitions.single;
import static org.assertj.core.api.BDDAssertions.then;

class ModelBuilder_choice_Test {

    @Test
    void should_read_choice_state_level_fields() {
        // GIVEN
        String state = """
                {"Type": "Choice", "Comment": "route", "InputPath": "$.in", "OutputPath": "$.out",
                 "Choices": [{"Variable": "$.x", "NumericEquals": 1, "Next": "One", "Comment": "first",
                              "Assign": {"picked": 1}}],
                 "Default": "Other", "Assign": {"picked": 0}}""";

        // WHEN
        ChoiceState choice = single(state, ChoiceState.class);

        // THEN
        then(choice.type()).isEqualTo(StateType.CHOICE);
        then(choice.comment()).isEqualTo("route");
        then(choice.inputPath()).isEqualTo(PathField.of("$.in"));
        then(choice.outputPath()).isEqualTo(PathField.of("$.out"));
        then(choice.defaultState()).isEqualTo("Other");
        then(choice.assign()).isEqualTo(json("{\"picked\": 0}"));
        then(choice.transition()).isEqualTo(Transition.NONE);
        then(choice.isTerminal()).isFalse();
        then(choice.choices()).containsExactly(new ChoiceRule(
                new Comparison("$.x", ComparisonOperator.NUMERIC_EQUALS, json("1")),
                "One", json("{\"picked\": 1}"), null, "first"));
    }

    @ParameterizedTest
    @EnumSource(ComparisonOperator.class)
    void should_read_every_comparison_operator(ComparisonOperator operator) {
        // GIVEN
        String operand = operator.isPath() ? "\"$.other\""
                : switch (operator.operandType()) {
                    case STRING, TIMESTAMP -> "\"2016-03-14T01:59:00Z\"";
                    case NUMERIC -> "42.5";
                    case BOOLEAN, TYPE_TEST -> "true";
                };
        String state = "{\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.v\", \""
                + operator.aslName() + "\": " + operand + ", \"Next\": \"N\"}]}";

        // WHEN
        ChoiceState choice = single(state, ChoiceState.class);

        // THEN
        then(choice.choices()).singleElement()
                .extracting(ChoiceRule::condition)
                .isEqualTo(new Comparison("$.v", operator, json(operand)));
    }

    @Test
    void should_read_nested_and_or_not_conditions() {
        // GIVEN
        String state = """
                {"Type": "Choice", "Choices": [{
                  "And": [
                    {"Variable": "$.a", "IsPresent": true},
                    {"Or": [
                      {"Variable": "$.b", "StringMatches": "x*"},
                      {"Not": {"Variable": "$.c", "BooleanEqualsPath": "$.d"}}
                    ]}
                  ],
                  "Next": "N"}]}""";

        // WHEN
        ChoiceState choice = single(state, ChoiceState.class);

        // THEN
        Condition expected = new Condition.And(List.of(
                new Comparison("$.a", ComparisonOperator.IS_PRESENT, BooleanNode.TRUE),
                new Condition.Or(List.of(
                        new Comparison("$.b", ComparisonOperator.STRING_MATCHES, json("\"x*\"")),
                        new Condition.Not(new Comparison("$.c", ComparisonOperator.BOOLEAN_EQUALS_PATH,
                                json("\"$.d\"")))))));
        then(choice.choices().get(0).condition()).isEqualTo(expected);
        then(choice.choices().get(0).next()).isEqualTo("N");
    }

    @Test
    void should_read_jsonata_conditions_with_rule_output_and_assign() {
        // GIVEN
        String state = """
                {"Type": "Choice", "QueryLanguage": "JSONata", "Choices": [
                  {"Condition": "{% $states.input.age >= 18 %}", "Next": "Adult",
                   "Assign": {"tier": "adult"}, "Output": {"who": "{% $states.input.name %}"}},
                  {"Condition": true, "Next": "Always"}],
                 "Default": "Minor", "Output": "{% $states.input %}"}""";

        // WHEN
        ChoiceState choice = single(state, ChoiceState.class);

        // THEN
        then(choice.choices()).containsExactly(
                new ChoiceRule(new Condition.Jsonata(json("\"{% $states.input.age >= 18 %}\"")), "Adult",
                        json("{\"tier\": \"adult\"}"), json("{\"who\": \"{% $states.input.name %}\"}"), null),
                new ChoiceRule(new Condition.Jsonata(BooleanNode.TRUE), "Always", null, null, null));
        then(choice.output()).isEqualTo(json("\"{% $states.input %}\""));
    }

    @Test
    void should_keep_a_json_null_operand_and_a_missing_variable_as_written() {
        // GIVEN
        String state = "{\"Type\": \"Choice\", \"Choices\": [{\"StringEquals\": null, \"Next\": \"N\"}]}";

        // WHEN
        ChoiceState choice = single(state, ChoiceState.class);

        // THEN
        then(choice.choices().get(0).condition())
                .isEqualTo(new Comparison(null, ComparisonOperator.STRING_EQUALS, json("null")));
    }
}
