package dev.stepproof.toolkit.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepproof.toolkit.internal.dataflow.StatesError;
import dev.stepproof.toolkit.internal.dataflow.TestContext;
import org.junit.jupiter.api.Test;

import static dev.stepproof.toolkit.internal.intrinsics.Calls.eval;
import static dev.stepproof.toolkit.internal.intrinsics.Calls.failure;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

class IntrinsicEvaluator_errors_Test {

    @Test
    void should_fail_with_states_runtime_when_a_path_argument_does_not_resolve() {
        // GIVEN / WHEN
        StatesError error = failure("States.Format('{}', $.missing)", "{'a':1}");
        // THEN
        then(error.error()).isEqualTo(StatesError.RUNTIME);
        then(error.prefixed()).isTrue();
        then(error.causeText()).isEqualTo("The function 'States.Format('{}', $.missing)' had the following error: "
                + "The JsonPath argument for the field '$.missing' could not be found in the input '{\"a\":1}'");
    }

    @Test
    void should_name_the_innermost_call_and_quote_the_context_object_for_context_paths() {
        // GIVEN
        IntrinsicEvaluator call = Calls.compile("States.ArrayLength(States.StringSplit($$.Nope, ','))");
        TestContext ctx = TestContext.of("{}").withContext("{'Execution': {'Name': 'n'}}");
        // WHEN
        StatesError error = catchThrowableOfType(StatesError.class, () -> call.evaluate(ctx));
        // THEN
        then(error.causeText()).isEqualTo("The function 'States.StringSplit($$.Nope, ',')' had the following error: "
                + "The JsonPath argument for the field '$$.Nope' could not be found in the input '{\"Execution\":{\"Name\":\"n\"}}'");
    }

    @Test
    void should_read_variables_and_say_when_one_is_not_defined() {
        // GIVEN
        IntrinsicEvaluator call = Calls.compile("States.Format('{} {}', $greeting, $who.name)");
        TestContext defined = TestContext.of("{}").withVariable("greeting", "'hi'").withVariable("who", "{'name': 'Ann'}");
        TestContext undefined = TestContext.of("{}").withVariable("greeting", "'hi'");
        // WHEN
        JsonNode result = call.evaluate(defined);
        StatesError error = catchThrowableOfType(StatesError.class, () -> call.evaluate(undefined));
        // THEN
        then(result).isEqualTo(TextNode.valueOf("hi Ann"));
        then(error.error()).isEqualTo(StatesError.RUNTIME);
        then(error.causeText()).endsWith("The JsonPath argument for the field '$who.name' could not be found: "
                + "no variable named 'who' is in scope");
    }

    @Test
    void should_evaluate_nested_calls_left_to_right() {
        // GIVEN the AWS-recorded nested call, with a state machine name in the context object
        String call = "States.ArrayGetItem(States.StringSplit($$.StateMachine.Name, '-'), "
                + "States.MathAdd(States.ArrayLength(States.StringSplit($$.StateMachine.Name, '-')), -1))";
        TestContext ctx = TestContext.of("{}").withContext("{'StateMachine': {'Name': 'first-middle-last'}}");
        // WHEN
        JsonNode result = Calls.compile(call).evaluate(ctx);
        // THEN
        then(result).isEqualTo(TextNode.valueOf("last"));
    }

    @Test
    void should_stop_at_the_first_failing_argument() {
        // GIVEN both arguments fail; the left one is reported
        // WHEN
        StatesError error = failure("States.Array($.first, $.second)", "{}");
        // THEN
        then(error.causeText()).contains("'$.first'");
    }

    @Test
    void should_use_the_configured_error_name_for_function_failures() {
        // GIVEN
        IntrinsicEvaluator call = IntrinsicEvaluator.compile(Intrinsics.compile("States.MathAdd($.a, 1)").orElseThrow(),
                StatesError.RUNTIME);
        // WHEN
        StatesError error = catchThrowableOfType(StatesError.class, () -> call.evaluate(TestContext.of("{'a': 'x'}")));
        // THEN
        then(error.error()).isEqualTo(StatesError.RUNTIME);
    }

    @Test
    void should_fail_at_evaluation_not_compilation_for_an_unchecked_call_with_a_wrong_arity() {
        // GIVEN a call the checker would reject, built by hand
        IntrinsicCall call = new IntrinsicCall(IntrinsicFunction.HASH, java.util.List.of(new IntrinsicArg.Str("x", "x", 11)),
                "States.Hash('x')", 0);
        // WHEN
        IntrinsicEvaluator evaluator = IntrinsicEvaluator.compile(call);
        StatesError error = catchThrowableOfType(StatesError.class, () -> evaluator.evaluate(TestContext.of("{}")));
        // THEN
        then(error.causeText()).endsWith("States.Hash takes 2 arguments, but 1 was given");
    }

    @Test
    void should_evaluate_literal_only_calls() {
        // GIVEN the AWS-recorded Assign example, with literals
        // WHEN / THEN
        then(eval("States.Array('a', 'b', 'c')")).isEqualTo(Calls.json("['a', 'b', 'c']"));
        then(eval("States.ArrayRange(1, 10, 2)")).isEqualTo(Calls.json("[1, 3, 5, 7, 9]"));
        then(eval("States.JsonToString(States.StringToJson('{\"key\":\"value\"}'))"))
                .isEqualTo(TextNode.valueOf("{\"key\":\"value\"}"));
    }
}
