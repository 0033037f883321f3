package dev.stepproof.toolkit.internal.jsonata;

import dev.stepproof.toolkit.internal.path.Parsed;
import dev.stepproof.toolkit.internal.path.SyntaxError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenCode;

class JsonataTemplatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"{% 10 %}", "{% $sum($states.input.numbers) %}", "{% $states.input.data.items %}",
            "{% $x := 1 %}", "{% 'a' & \"b\" %}", "{% (\n  $x := 1;\n  $x + 1\n) %}", "{% a ? b : c %}"})
    void should_compile_valid_templates(String value) {
        // GIVEN / WHEN
        Parsed<JsonataTemplate> parsed = JsonataTemplates.compile(value);
        // THEN
        then(parsed.failure()).isEmpty();
        then(JsonataTemplates.check(value)).isEmpty();
    }

    @Test
    void should_extract_the_expression_and_keep_it_compiled() {
        // GIVEN
        String value = "{% $states.input.a + 1 %}";
        // WHEN
        JsonataTemplate template = JsonataTemplates.compile(value).orElseThrow();
        // THEN
        then(template.expression()).isEqualTo("$states.input.a + 1");
        then(template.expressionOffset()).isEqualTo(3);
        then(template.source()).isEqualTo(value);
        then(template.compiled().evaluate(Map.of(), null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "$.a", "", "{ % 1 % }", "% }", "a {% 1 %} b"})
    void should_leave_plain_strings_alone(String value) {
        // GIVEN / WHEN / THEN
        then(JsonataTemplates.looksLikeTemplate(value)).isFalse();
        then(JsonataTemplates.check(value)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
            "{% 10 % => The JSONata template lacks its closing '%}'; write it as '{% expression %}' => 7",
            "10 %} => The JSONata template lacks its opening '{%'; write it as '{% expression %}' => 0",
            "{%10%} => A JSONata template needs a space after '{%' and before '%}': '{% expression %}' => 2",
            "`{%\t10 %}` => A JSONata template needs a space after '{%' and before '%}': '{% expression %}' => 2",
            "`{% 10%}` => A JSONata template needs a space after '{%' and before '%}': '{% expression %}' => 4",
            "{%}  => The JSONata template contains no expression => 2",
            "`{% %}` => The JSONata template contains no expression => 2",
            "`{%   %}` => The JSONata template contains no expression => 2",
            "{% $.store.book[?(@.price < 10)].title %} => Invalid JSONata expression: S0211: The symbol \"?\" cannot be used as a unary operator => 17",
            "{% 10 + * 2 %} => Invalid JSONata expression: S0201: Syntax error: \"2\" => 11",
            "{% $sum($states.input.items.numbers %} => Invalid JSONata expression: S0203: Expected \")\" before end of expression => 35",
            "{% 'unterminated %} => Invalid JSONata expression: S0101: String literal must be terminated by a matching quote => 16",
    })
    void should_reject_bad_templates_with_message_and_offset(String value, String message, int offset) {
        // GIVEN / WHEN
        Parsed<JsonataTemplate> parsed = JsonataTemplates.compile(value);
        // THEN
        then(parsed.failure()).contains(new SyntaxError(message, offset));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
            "`{% \n10         %}` => 3",
            "`{%   \r\n10 %}` => 5",
            "`{% 10\n %}` => 5",
    })
    void should_reject_a_line_break_next_to_the_delimiters(String value, int offset) {
        // GIVEN, first, asl-validator's invalid-json-surround-syntax-extra-spaces case
        // WHEN
        Parsed<JsonataTemplate> parsed = JsonataTemplates.compile(value);
        // THEN
        then(parsed.failure()).contains(new SyntaxError("A JSONata template must not have a line break right after "
                + "'{% ' or right before ' %}': '{% expression %}'", offset));
    }

    @Test
    void should_allow_extra_spaces_around_the_expression() {
        // GIVEN as in asl-validator's valid-jsonata.asl.json
        String value = "{%  $a & ' ' & $b  %}";
        // WHEN
        JsonataTemplate template = JsonataTemplates.compile(value).orElseThrow();
        // THEN
        then(template.expression()).isEqualTo("$a & ' ' & $b");
        then(template.expressionOffset()).isEqualTo(4);
    }

    @Test
    void should_name_the_template_in_the_check_message() {
        // GIVEN / WHEN / THEN
        then(JsonataTemplates.check("{% 10 + * 2 %}"))
                .contains("Invalid JSONata template '{% 10 + * 2 %}': Invalid JSONata expression: S0201: Syntax error: \"2\" at position 11");
    }

    @Test
    void should_report_engine_crashes_as_engine_limitations() {
        // GIVEN valid JSONata on which jsonata-java 0.9.8's tokenizer throws StringIndexOutOfBoundsException
        String value = "{% /ab+/i %}";
        // WHEN
        Parsed<JsonataTemplate> parsed = JsonataTemplates.compile(value);
        // THEN
        then(parsed.failure()).map(SyntaxError::message).hasValueSatisfying(message -> then(message)
                .startsWith("The JSONata engine (jsonata-java) failed to parse this expression")
                .endsWith("this may be a limitation of the engine rather than an error in the definition"));
    }

    @Test
    void should_never_throw_on_random_input() {
        // GIVEN a fixed seed, so that a failure can be reproduced
        String alphabet = "{%} $()[]'\"/.,:;?&|*+-=<>!~^#@\\ab10\n";
        Random random = new Random(7L);
        for (int i = 0; i < 10_000; i++) {
            StringBuilder sb = new StringBuilder("{% ");
            int length = random.nextInt(20);
            for (int c = 0; c < length; c++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String value = sb.append(random.nextBoolean() ? " %}" : "").toString();
            // WHEN / THEN
            thenCode(() -> JsonataTemplates.check(value)).as(value).doesNotThrowAnyException();
        }
    }

    @Test
    void should_survive_deeply_nested_expressions() {
        // GIVEN
        String value = "{% " + "(".repeat(50_000) + "1" + ")".repeat(50_000) + " %}";
        // WHEN / THEN
        thenCode(() -> JsonataTemplates.check(value)).doesNotThrowAnyException();
    }
}
