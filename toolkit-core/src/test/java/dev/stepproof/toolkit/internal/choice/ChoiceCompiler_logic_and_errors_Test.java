package dev.stepproof.toolkit.internal.choice;

import dev.stepproof.toolkit.internal.dataflow.TestContext;
import dev.stepproof.toolkit.internal.dataflow.StatesError;
import dev.stepproof.toolkit.internal.jsonata.JsonataError;
import dev.stepproof.toolkit.model.ChoiceRule;
import dev.stepproof.toolkit.model.ChoiceState;
import dev.stepproof.toolkit.model.Condition;
import dev.stepproof.toolkit.model.ComparisonOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static dev.stepproof.toolkit.internal.choice.Rules.and;
import static dev.stepproof.toolkit.internal.choice.Rules.eval;
import static dev.stepproof.toolkit.internal.choice.Rules.not;
import static dev.stepproof.toolkit.internal.choice.Rules.or;
import static dev.stepproof.toolkit.internal.choice.Rules.rule;
import static dev.stepproof.toolkit.internal.dataflow.TestContext.json;
import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

/** Boolean combinators, where values come from, missing paths, compile-time rejections and whole Choice states. */
class ChoiceCompiler_logic_and_errors_Test {

    private static final Condition TRUE = rule("$.n", "NumericEquals", "1");
    private static final Condition FALSE = rule("$.n", "NumericEquals", "2");
    private static final Condition MISSING = rule("$.absent", "NumericEquals", "1");
    private static final TestContext CTX = TestContext.of("{'n': 1, 'nothing': null, 'items': [{'k': 1}, {'k': 2}]}");

    @Test
    void should_combine_with_and_or_not() {
        // GIVEN / WHEN / THEN
        then(eval(and(TRUE, TRUE), CTX)).isTrue();
        then(eval(and(TRUE, FALSE), CTX)).isFalse();
        then(eval(and(TRUE), CTX)).isTrue();
        then(eval(or(FALSE, TRUE), CTX)).isTrue();
        then(eval(or(FALSE, FALSE), CTX)).isFalse();
        then(eval(or(FALSE), CTX)).isFalse();
        then(eval(not(FALSE), CTX)).isTrue();
        then(eval(not(and(TRUE, not(or(FALSE, TRUE)))), CTX)).isTrue();
    }

    @Test
    void should_short_circuit_so_that_later_operands_need_not_resolve() {
        // GIVEN / WHEN / THEN
        then(eval(and(FALSE, MISSING), CTX)).isFalse();
        then(eval(or(TRUE, MISSING), CTX)).isTrue();
        then(catchThrowable(() -> eval(and(TRUE, MISSING), CTX))).isInstanceOf(StatesError.class);
        then(catchThrowable(() -> eval(or(FALSE, MISSING), CTX))).isInstanceOf(StatesError.class);
    }

    @Test
    void should_answer_is_present_for_missing_null_and_present_values_without_error() {
        // GIVEN / WHEN / THEN
        then(eval(rule("$.absent", "IsPresent", "true"), CTX)).isFalse();
        then(eval(rule("$.absent", "IsPresent", "false"), CTX)).isTrue();
        then(eval(rule("$.nothing", "IsPresent", "true"), CTX)).isTrue();
        then(eval(rule("$.nothing", "IsPresent", "false"), CTX)).isFalse();
        then(eval(rule("$.no.such.parent", "IsPresent", "false"), CTX)).isTrue();
        then(eval(rule("$undefinedVariable", "IsPresent", "true"), CTX)).isFalse();
        then(eval(not(rule("$.absent", "IsPresent", "true")), CTX)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(ComparisonOperator.class)
    void should_raise_states_runtime_for_a_missing_variable_with_any_operator_but_is_present(ComparisonOperator operator) {
        // GIVEN
        String operand = operator.isPath() ? "\"$.n\"" : operand(operator);
        // WHEN
        Throwable thrown = catchThrowable(() -> eval(rule("$.absent.field", operator.aslName(), operand), CTX));
        // THEN
        if (operator == ComparisonOperator.IS_PRESENT) {
            then(thrown).isNull();
            return;
        }
        then(thrown).isInstanceOf(StatesError.class);
        StatesError error = (StatesError) thrown;
        then(error.error()).isEqualTo("States.Runtime");
        then(error.prefixed()).isTrue();
        then(error.causeText()).isEqualTo("Invalid path '$.absent.field': The choice state's condition path references an invalid value.");
    }

    @Test
    void should_raise_states_runtime_naming_a_missing_path_operand() {
        // GIVEN
        Condition rule = rule("$.n", "NumericEqualsPath", "\"$.limit\"");
        // WHEN
        Throwable thrown = catchThrowable(() -> eval(rule, CTX));
        // THEN
        then(thrown).isInstanceOf(StatesError.class);
        then(((StatesError) thrown).causeText()).isEqualTo("Invalid path '$.limit': The choice state's condition path references an invalid value.");
    }

    @Test
    void should_read_the_context_object_and_variables() {
        // GIVEN
        TestContext ctx = TestContext.of("{'n': 1}")
                .withContext("{'Execution': {'Name': 'exec-1'}, 'State': {'RetryCount': 0}}")
                .withVariable("limit", "{'max': 1}")
                .withVariable("flag", "true");
        // WHEN / THEN
        then(eval(rule("$$.Execution.Name", "StringEquals", "\"exec-1\""), ctx)).isTrue();
        then(eval(rule("$flag", "BooleanEquals", "true"), ctx)).isTrue();
        then(eval(rule("$.n", "NumericEqualsPath", "\"$limit.max\""), ctx)).isTrue();
        then(eval(rule("$.n", "NumericEqualsPath", "\"$$.State.RetryCount\""), ctx)).isFalse();
        then(catchThrowable(() -> eval(rule("$other", "IsNull", "false"), ctx))).isInstanceOf(StatesError.class);
    }

    @Test
    void should_compare_an_indefinite_variable_as_the_array_of_its_matches() {
        // GIVEN
        Condition numeric = rule("$.items[*].k", "NumericEquals", "1");
        Condition none = rule("$.items[?(@.k > 5)].k", "IsPresent", "true");
        // WHEN / THEN
        then(eval(numeric, CTX)).isFalse();
        then(eval(rule("$.items[*].k", "IsNumeric", "false"), CTX)).isTrue();
        then(eval(none, CTX)).isTrue();
        then(eval(rule("$.items[?(@.k > 5)]", "IsNull", "false"), CTX)).isTrue();
    }

    @Test
    void should_select_the_first_matching_rule_of_a_choice_state() {
        // GIVEN
        ChoiceState state = new ChoiceState("Pick", "/States/Pick", null, null, null, null, List.of(
                new ChoiceRule(FALSE, "A", null, null, null),
                new ChoiceRule(TRUE, "B", null, null, null),
                new ChoiceRule(MISSING, "C", null, null, null)), "D", null, null);
        ChoiceState nothing = new ChoiceState("None", "/States/None", null, null, null, null, List.of(
                new ChoiceRule(FALSE, "A", null, null, null)), null, null, null);
        // WHEN
        CompiledChoice compiled = ChoiceCompiler.compile(state);
        // THEN
        then(compiled.select(CTX)).isEqualTo(1);
        then(compiled.state()).isSameAs(state);
        then(ChoiceCompiler.compile(nothing).select(CTX)).isEqualTo(-1);
    }

    @Test
    void should_evaluate_jsonata_conditions_against_states_input() {
        // GIVEN
        CompiledCondition equalsOne = ChoiceCompiler.compile(new Condition.Jsonata(json("\"{% $states.input.n = 1 %}\"")));
        CompiledCondition literal = ChoiceCompiler.compile(new Condition.Jsonata(json("false")));
        // WHEN / THEN
        then(equalsOne.test(CTX)).isTrue();
        then(equalsOne.test(TestContext.of("{'n': 2}"))).isFalse();
        then(literal.test(CTX)).isFalse();
    }

    @Test
    void should_fail_when_a_jsonata_condition_is_not_boolean() {
        // GIVEN
        ChoiceState state = new ChoiceState("C", "/States/C", null, null, null, null,
                List.of(new ChoiceRule(new Condition.Jsonata(json("\"{% $states.input.items %}\"")), "A", null, null, null)),
                null, null, null);
        CompiledChoice compiled = ChoiceCompiler.compile(state);
        // WHEN
        Throwable thrown = catchThrowable(() -> compiled.select(CTX));
        // THEN
        then(thrown).isInstanceOf(JsonataError.class);
        then(((JsonataError) thrown).causeText()).isEqualTo("The JSONata expression '$states.input.items' specified for "
                + "the field 'Choices[0]/Condition' returned an unexpected result type. Expected 'boolean', but was "
                + "'array' for value: [{\"k\":1},{\"k\":2}]");
    }

    @Test
    void should_reject_at_compile_time_what_the_validator_rejects() {
        // GIVEN / WHEN / THEN
        then(catchThrowable(() -> ChoiceCompiler.compile((Condition) null))).isInstanceOf(IllegalArgumentException.class);
        then(catchThrowable(() -> ChoiceCompiler.compile(rule(null, "IsNull", "true"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Variable'");
        then(catchThrowable(() -> ChoiceCompiler.compile(rule("$.a[", "IsNull", "true"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a valid path: '$.a['");
        then(catchThrowable(() -> ChoiceCompiler.compile(rule("$.a", "NumericEquals", "\"1\""))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("'NumericEquals' must compare with a numeric, but was \"1\"");
        then(catchThrowable(() -> ChoiceCompiler.compile(rule("$.a", "TimestampEquals", "\"2016-13-05T21:29:29Z\""))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("an RFC 3339 timestamp");
        then(catchThrowable(() -> ChoiceCompiler.compile(rule("$.a", "IsPresent", "\"yes\""))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a boolean");
        then(catchThrowable(() -> ChoiceCompiler.compile(rule("$.a", "StringEqualsPath", "1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'StringEqualsPath'");
        then(catchThrowable(() -> ChoiceCompiler.compile(new ChoiceState("Bad", "/States/Bad", null, null, null, null,
                List.of(new ChoiceRule(null, "A", null, null, null)), null, null, null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("State 'Bad' Choices[0]: ");
    }

    private static String operand(ComparisonOperator operator) {
        switch (operator.operandType()) {
            case STRING:
                return "\"x\"";
            case NUMERIC:
                return "1";
            case TIMESTAMP:
                return "\"2012-10-09T19:00:55Z\"";
            default:
                return "true";
        }
    }
}
