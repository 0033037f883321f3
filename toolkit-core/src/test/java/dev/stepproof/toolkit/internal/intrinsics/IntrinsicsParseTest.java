package dev.stepproof.toolkit.internal.intrinsics;

import dev.stepproof.toolkit.internal.path.Parsed;
import dev.stepproof.toolkit.internal.path.RootKind;
import dev.stepproof.toolkit.internal.path.SyntaxError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.BDDAssertions.then;

class IntrinsicsParseTest {

    @Test
    void should_build_an_ast_for_nested_calls() {
        // GIVEN
        String text = "States.MathAdd(States.ArrayLength($$.Execution.Input.machines),-1)";
        // WHEN
        IntrinsicCall call = Intrinsics.compile(text).orElseThrow();
        // THEN
        then(call.function()).isEqualTo(IntrinsicFunction.MATH_ADD);
        then(call.text()).isEqualTo(text);
        IntrinsicCall inner = (IntrinsicCall) call.arguments().get(0);
        then(inner.function()).isEqualTo(IntrinsicFunction.ARRAY_LENGTH);
        then(inner.offset()).isEqualTo(15);
        then(inner.text()).isEqualTo("States.ArrayLength($$.Execution.Input.machines)");
        IntrinsicArg.Path path = (IntrinsicArg.Path) inner.arguments().get(0);
        then(path.path().root()).isEqualTo(RootKind.CONTEXT);
        then(path.path()).hasToString("$$['Execution']['Input']['machines']");
        then(call.arguments().get(1)).isEqualTo(new IntrinsicArg.Num(new BigDecimal("-1"), 63));
    }

    @Test
    void should_resolve_escapes_and_keep_the_raw_text_for_format() {
        // GIVEN the text as it reads after JSON decoding
        String text = "States.Format('It\\'s \\{literal\\} {} and a backslash \\\\', $.x)";
        // WHEN
        IntrinsicCall call = Intrinsics.compile(text).orElseThrow();
        // THEN
        IntrinsicArg.Str template = (IntrinsicArg.Str) call.arguments().get(0);
        then(template.value()).isEqualTo("It's {literal} {} and a backslash \\");
        then(template.raw()).isEqualTo("It\\'s \\{literal\\} {} and a backslash \\\\");
    }

    @Test
    void should_parse_every_literal_kind() {
        // GIVEN
        String text = "States.Array('Foo', 2020, 2.5, -3, 1e3, true, false, null, $, $var.a[0], States.UUID())";
        // WHEN
        List<IntrinsicArg> args = Intrinsics.compile(text).orElseThrow().arguments();
        // THEN
        then(args).extracting(IntrinsicArg::type).containsExactly(ArgType.STRING, ArgType.INTEGER, ArgType.NUMBER,
                ArgType.INTEGER, ArgType.INTEGER, ArgType.BOOLEAN, ArgType.BOOLEAN, ArgType.NULL, ArgType.ANY, ArgType.ANY,
                ArgType.STRING);
        then(((IntrinsicArg.Path) args.get(9)).path().variableName()).isEqualTo("var");
    }

    @Test
    void should_keep_commas_and_parentheses_inside_path_brackets() {
        // GIVEN
        String text = "States.ArrayGetItem($.records[?(@.key == 'a,b' && @.n > 1)].value, 0)";
        // WHEN
        IntrinsicCall call = Intrinsics.compile(text).orElseThrow();
        // THEN
        then(call.arguments()).hasSize(2);
        then(((IntrinsicArg.Path) call.arguments().get(0)).path().text())
                .isEqualTo("$.records[?(@.key == 'a,b' && @.n > 1)].value");
    }

    @Test
    void should_accept_real_control_characters_inside_strings() {
        // GIVEN a JSON "\n" escape, which reaches us as a real newline
        String text = "States.StringSplit('Hello\nWorld', '\n')";
        // WHEN
        Parsed<IntrinsicCall> parsed = Intrinsics.compile(text);
        // THEN
        then(parsed.isOk()).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
            "States.format('x') => Unknown intrinsic function 'States.format'; did you mean 'States.Format'? Names are case-sensitive => 0",
            "States.Foo() => Unknown intrinsic function 'States.Foo' => 0",
            "States.() => Expected a function name after 'States.' => 7",
            "States.UUID => Expected '(' after 'States.UUID', found the end => 11",
            "States.UUID () => Expected '(' after 'States.UUID', found ' ' => 11",
            "` States.UUID()` => An intrinsic function call must start with 'States.' => 0",
            "`States.UUID() ` => Unexpected text after the end of the intrinsic function call => 13",
            "States.Format('a\\\"b') => Invalid escape '\\\"' in a string literal; only \\', \\{, \\} and \\\\ are allowed => 16",
            "States.Format('a\\nb') => Invalid escape '\\n' in a string literal; only \\', \\{, \\} and \\\\ are allowed => 16",
            "States.Format('abc => Unterminated string literal => 14",
            "States.Format('abc' => Unclosed '(' of States.Format => 13",
            "States.Format('abc' 'd') => Expected ',' or ')' after an argument of States.Format, found ''' => 20",
            "States.Array(1,) => Expected an argument ('string', number, true, false, null, path or States.X(…)), found ')' => 15",
            "States.Array(foo) => Expected an argument ('string', number, true, false, null, path or States.X(…)), found 'foo' => 13",
            "States.Array(\"x\") => Expected an argument ('string', number, true, false, null, path or States.X(…)), found '\"' => 13",
            "States.Array(1.) => Invalid number '1.' => 13",
            "States.Array(-) => Invalid number '-' => 13",
            "States.Array(1e99999999999) => Number '1e99999999999' is out of range => 13",
            "States.Array($.a..) => The path must not end with '..' => 16",
            "States.Array($.a[) => Expected a quoted name, an index, '*', a slice or a filter after '[', found ')' => 17",
    })
    void should_reject_invalid_syntax_with_message_and_offset(String text, String message, int offset) {
        // GIVEN / WHEN
        Parsed<IntrinsicCall> parsed = Intrinsics.compile(text);
        // THEN
        then(parsed.failure()).contains(new SyntaxError(message, offset));
    }

    @Test
    void should_limit_nesting_to_ten_levels() {
        // GIVEN
        String ten = "States.Array(".repeat(10) + ")".repeat(10);
        String eleven = "States.Array(".repeat(11) + ")".repeat(11);
        // WHEN / THEN
        then(Intrinsics.compile(ten).isOk()).isTrue();
        then(Intrinsics.compile(eleven).failure())
                .contains(new SyntaxError("Intrinsic functions can be nested at most 10 levels deep", 130));
    }

    @Test
    void should_accept_the_documented_nine_call_example() {
        // GIVEN the AWS documentation's example of nested intrinsics (three placeholders, two values: as printed)
        String text = "States.Format('{}.{}.{}', States.ArrayGetItem(States.StringSplit(States.ArrayGetItem("
                + "States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), 0), States.ArrayGetItem(States.StringSplit("
                + "States.ArrayGetItem(States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), 1))";
        // WHEN
        Parsed<IntrinsicCall> parsed = Intrinsics.compile(text);
        // THEN
        then(parsed.failure()).isEmpty();
        then(Intrinsics.formatPlaceholderMismatch(parsed.orElseThrow()))
                .contains(new SyntaxError("The template of States.Format has 3 '{}' placeholders, but 2 values follow", 14));
    }
}
