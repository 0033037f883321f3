package dev.stepproof.toolkit.internal.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.stepproof.toolkit.internal.dataflow.TestContext.json;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

class PayloadTemplateTest {

    private static JsonNode evaluate(String template, TestContext ctx) {
        return PayloadTemplate.compile(json(template)).evaluate(ctx);
    }

    private static StatesError failure(String template, TestContext ctx) {
        PayloadTemplate compiled = PayloadTemplate.compile(json(template));
        return catchThrowableOfType(StatesError.class, () -> compiled.evaluate(ctx));
    }

    @Test
    void should_evaluate_dollar_keys_and_keep_other_keys_literal() {
        // GIVEN the ASL-SEMANTICS §2.3 example
        String template = "{'static': 'x', 'not-evaluated': '$.order.id', 'id.$': '$.order.id',"
                + " 'exec.$': '$$.Execution.Id', 'user.$': '$savedUser', 'msg.$': \"States.Format('Order {}', $.order.id)\"}";
        TestContext ctx = TestContext.of("{'order': {'id': 7}}")
                .withContext("{'Execution': {'Id': 'arn:exec'}}")
                .withVariable("savedUser", "{'name': 'Ann'}");
        // WHEN
        JsonNode result = evaluate(template, ctx);
        // THEN
        then(result).isEqualTo(json("{'static': 'x', 'not-evaluated': '$.order.id', 'id': 7, 'exec': 'arn:exec',"
                + " 'user': {'name': 'Ann'}, 'msg': 'Order 7'}"));
    }

    @Test
    void should_keep_the_template_key_order() {
        // GIVEN
        String template = "{'z': 1, 'a.$': '$.a', 'm': 2}";
        // WHEN
        JsonNode result = evaluate(template, TestContext.of("{'a': 0}"));
        // THEN
        List<String> keys = new ArrayList<>();
        result.fieldNames().forEachRemaining(keys::add);
        then(keys).containsExactly("z", "a", "m");
    }

    @Test
    void should_evaluate_nested_objects_and_objects_inside_arrays() {
        // GIVEN
        String template = "{'outer': {'inner': {'v.$': '$.v'}, 'lit': [1, {'x': 'y'}]},"
                + " 'list': [{'a.$': '$.v'}, 'plain', [{'deep.$': '$.w[0]'}]]}";
        // WHEN
        JsonNode result = evaluate(template, TestContext.of("{'v': 'V', 'w': [true]}"));
        // THEN
        then(result).isEqualTo(json("{'outer': {'inner': {'v': 'V'}, 'lit': [1, {'x': 'y'}]},"
                + " 'list': [{'a': 'V'}, 'plain', [{'deep': true}]]}"));
    }

    @Test
    void should_give_arrays_for_indefinite_paths() {
        // GIVEN AWS-recorded: a filter, and a slice of a missing array gives []
        String template = "{'FromInput.$': '$.users[?(@.status == 0)]', 'none.$': '$.item.items[1:]', 'all.$': '$.users[*].year'}";
        // WHEN
        JsonNode result = evaluate(template, TestContext.of("{'users': [{'year': 1997, 'status': 0}, {'year': 1998, 'status': 1}]}"));
        // THEN
        then(result).isEqualTo(json("{'FromInput': [{'year': 1997, 'status': 0}], 'none': [], 'all': [1997, 1998]}"));
    }

    @Test
    void should_fail_with_the_aws_cause_when_a_definite_path_is_missing() {
        // GIVEN
        TestContext ctx = TestContext.of("{'int-literal': 0}");
        // WHEN
        StatesError error = failure("{'value.$': '$.no_such_jsonpath'}", ctx);
        // THEN the recorded text, without the state prefix (the interpreter adds it)
        then(error.error()).isEqualTo(StatesError.RUNTIME);
        then(error.prefixed()).isTrue();
        then(error.causeText()).isEqualTo("The JSONPath '$.no_such_jsonpath' specified for the field 'value.$' "
                + "could not be found in the input '{\"int-literal\":0}'");
    }

    @Test
    void should_quote_the_path_as_written_and_the_nested_key() {
        // GIVEN
        TestContext ctx = TestContext.of("{'a': {}}");
        // WHEN
        StatesError error = failure("{'outer': [{'x.$': \"$['a'].b\"}]}", ctx);
        // THEN
        then(error.causeText()).isEqualTo("The JSONPath '$['a'].b' specified for the field 'x.$' could not be found "
                + "in the input '{\"a\":{}}'");
    }

    @Test
    void should_quote_the_context_object_for_a_missing_context_path() {
        // GIVEN
        TestContext ctx = TestContext.of("{'in': 1}").withContext("{'Execution': {'Input': {'in': 1}}}");
        // WHEN
        StatesError error = failure("{'value.$': '$$.Execution.Input.no_such_jsonpath'}", ctx);
        // THEN
        then(error.causeText()).isEqualTo("The JSONPath '$$.Execution.Input.no_such_jsonpath' specified for the field "
                + "'value.$' could not be found in the input '{\"Execution\":{\"Input\":{\"in\":1}}}'");
    }

    @Test
    void should_quote_the_variable_value_for_a_missing_variable_path_and_say_when_it_is_undefined() {
        // GIVEN
        TestContext ctx = TestContext.of("{}").withVariable("user", "{'name': 'Ann'}");
        // WHEN
        StatesError missingField = failure("{'v.$': '$user.age'}", ctx);
        StatesError undefined = failure("{'v.$': '$nobody.age'}", ctx);
        // THEN
        then(missingField.causeText()).isEqualTo("The JSONPath '$user.age' specified for the field 'v.$' could not be "
                + "found in the input '{\"name\":\"Ann\"}'");
        then(undefined.error()).isEqualTo(StatesError.RUNTIME);
        then(undefined.causeText()).isEqualTo("The JSONPath '$nobody.age' specified for the field 'v.$' could not be "
                + "found: no variable named 'nobody' is in scope");
    }

    @Test
    void should_share_literal_subtrees_and_input_nodes_instead_of_copying() {
        // GIVEN
        PayloadTemplate template = PayloadTemplate.compile(json("{'lit': {'big': [1, 2, 3]}, 'v.$': '$.v'}"));
        TestContext ctx = TestContext.of("{'v': {'nested': [1]}}");
        // WHEN
        JsonNode first = template.evaluate(ctx);
        JsonNode second = template.evaluate(ctx);
        // THEN
        then(first).isNotSameAs(second);
        then(first.get("lit")).isSameAs(second.get("lit"));
        then(first.get("v")).isSameAs(ctx.input().get("v"));
    }

    @Test
    void should_return_one_shared_node_for_a_template_without_dollar_keys() {
        // GIVEN
        PayloadTemplate template = PayloadTemplate.compile(json("{'a': [1, {'b': '$.c'}]}"));
        // WHEN
        JsonNode first = template.evaluate(TestContext.of("{}"));
        JsonNode second = template.evaluate(TestContext.of("{}"));
        // THEN
        then(first).isSameAs(second).isEqualTo(json("{'a': [1, {'b': '$.c'}]}"));
    }

    @Test
    void should_not_be_affected_by_later_changes_to_the_definition_tree() {
        // GIVEN
        JsonNode definition = json("{'a': 1, 'b.$': '$.b'}");
        PayloadTemplate template = PayloadTemplate.compile(definition);
        // WHEN
        ((com.fasterxml.jackson.databind.node.ObjectNode) definition).put("a", 2);
        // THEN
        then(template.evaluate(TestContext.of("{'b': 0}"))).isEqualTo(json("{'a': 1, 'b': 0}"));
    }

    @Test
    void should_pass_the_input_through_when_the_template_is_absent() {
        // GIVEN
        PayloadTemplate absent = PayloadTemplate.compile(null);
        TestContext ctx = TestContext.of("{'x': 1}");
        // WHEN / THEN
        then(absent.isAbsent()).isTrue();
        then(absent.evaluate(ctx)).isSameAs(ctx.input());
    }

    @Test
    void should_select_the_whole_input_with_dollar() {
        // GIVEN
        TestContext ctx = TestContext.of("{'x': 1}");
        // WHEN
        JsonNode result = evaluate("{'all.$': '$', 'ctx.$': '$$'}", ctx.withContext("{'c': 2}"));
        // THEN
        then(result).isEqualTo(json("{'all': {'x': 1}, 'ctx': {'c': 2}}"));
    }

    @Test
    void should_evaluate_intrinsics_against_the_template_input() {
        // GIVEN the AWS-recorded Assign block, reduced
        String template = "{'arrayOps': {'simpleArray.$': \"States.Array('a', 'b', 'c')\","
                + " 'thirdElement.$': 'States.ArrayGetItem($.inputArray, 2)', 'size.$': 'States.ArrayLength($.inputArray)'},"
                + " 'mathOps': {'sum.$': 'States.MathAdd($.value1, $.value2)'}}";
        // WHEN
        JsonNode result = evaluate(template, TestContext.of("{'inputArray': [1, 2, 3, 4, 5, 6], 'value1': 5, 'value2': 3}"));
        // THEN
        then(result).isEqualTo(json("{'arrayOps': {'simpleArray': ['a', 'b', 'c'], 'thirdElement': 3, 'size': 6},"
                + " 'mathOps': {'sum': 8}}"));
        then(result.get("mathOps").get("sum")).isInstanceOf(IntNode.class);
    }

    @Test
    void should_compile_odd_values_into_runtime_failures_instead_of_throwing() {
        // GIVEN values the validator rejects
        PayloadTemplate notString = PayloadTemplate.compile(json("{'a.$': 42}"));
        PayloadTemplate badPath = PayloadTemplate.compile(json("{'a.$': '$.a['}"));
        PayloadTemplate badCall = PayloadTemplate.compile(json("{'a.$': 'States.Nope()'}"));
        PayloadTemplate notExpression = PayloadTemplate.compile(json("{'a.$': 'hello'}"));
        TestContext ctx = TestContext.of("{}");
        // WHEN
        StatesError e1 = catchThrowableOfType(StatesError.class, () -> notString.evaluate(ctx));
        StatesError e2 = catchThrowableOfType(StatesError.class, () -> badPath.evaluate(ctx));
        StatesError e3 = catchThrowableOfType(StatesError.class, () -> badCall.evaluate(ctx));
        StatesError e4 = catchThrowableOfType(StatesError.class, () -> notExpression.evaluate(ctx));
        // THEN
        then(e1.error()).isEqualTo(StatesError.RUNTIME);
        then(e1.causeText()).isEqualTo("The value 42 of the field 'a.$' cannot be evaluated: "
                + "it must be a string holding a JSONPath or an intrinsic function call");
        then(e2.causeText()).startsWith("The value '$.a[' of the field 'a.$' cannot be evaluated: ");
        then(e3.causeText()).startsWith("The value 'States.Nope()' of the field 'a.$' cannot be evaluated: Unknown intrinsic");
        then(e4.causeText()).startsWith("The value 'hello' of the field 'a.$' cannot be evaluated: ");
    }

    @Test
    void should_treat_non_object_templates_as_values() {
        // GIVEN / WHEN / THEN
        then(evaluate("[{'a.$': '$.a'}, 1]", TestContext.of("{'a': 'A'}"))).isEqualTo(json("[{'a': 'A'}, 1]"));
        then(evaluate("'text'", TestContext.of("{}"))).isEqualTo(TextNode.valueOf("text"));
    }

    @Test
    void should_strip_only_the_suffix_and_accept_an_empty_key() {
        // GIVEN
        String template = "{'.$': '$.a', 'a.b.$': '$.a'}";
        // WHEN
        JsonNode result = evaluate(template, TestContext.of("{'a': 1}"));
        // THEN
        then(result).isEqualTo(json("{'': 1, 'a.b': 1}"));
    }
}
