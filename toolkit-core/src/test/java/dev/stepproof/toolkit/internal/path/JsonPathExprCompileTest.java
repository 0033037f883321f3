package dev.stepproof.toolkit.internal.path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.BDDAssertions.then;

class JsonPathExprCompileTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "$                          | $                       | true",
            "$.a.b                      | $['a']['b']             | true",
            "$['a']['b'][0]             | $['a']['b'][0]          | true",
            "$[\"a\"]                   | $['a']                  | true",
            "$.input-foo-bar            | $['input-foo-bar']      | true",
            "$['my key']                | $['my key']             | true",
            "$.abc.['def ghi']          | $['abc']['def ghi']     | true",
            "$.books[-2]                | $['books'][-2]          | true",
            "$[ 'a' , \"b c\" ]         | $['a','b c']            | true",
            "$.a[*]                     | $['a'][*]               | false",
            "$.*                        | $[*]                    | false",
            "$..name                    | $..['name']             | false",
            "$..[0]                     | $..[0]                  | false",
            "$..*                       | $..[*]                  | false",
            "$.a[1:3]                   | $['a'][1:3]             | false",
            "$.a[1:]                    | $['a'][1:]              | false",
            "$.a[:2]                    | $['a'][:2]              | false",
            "$.a[-2:]                   | $['a'][-2:]             | false",
            "$.a[0,1]                   | $['a'][0,1]             | false",
            "$['a','b'].c               | $['a','b']['c']         | false",
            "$.a[?(@.x > 1)]            | $['a'][?]               | false",
            "$.a.length()               | $['a'].length()         | true",
            "$$                         | $$                      | true",
            "$$.Execution.Id            | $$['Execution']['Id']   | true",
            "$var                       | $var                    | true",
            "$my_var2.field[0]          | $my_var2['field'][0]    | true",
            "$.a$b                      | $['a$b']                | true",
    })
    void should_compile_valid_paths_to_jayway_normalized_form(String text, String normalized, boolean definite) {
        // GIVEN / WHEN
        JsonPathExpr path = JsonPathExpr.compile(text).orElseThrow();
        // THEN
        then(path.toString()).isEqualTo(normalized);
        then(path.isDefinite()).isEqualTo(definite);
        then(path.text()).isEqualTo(text);
    }

    @Test
    void should_treat_a_union_of_names_at_the_end_as_definite_like_jayway() {
        // GIVEN / WHEN
        JsonPathExpr path = JsonPathExpr.compile("$['a','b']").orElseThrow();
        // THEN merged into one object, never an array
        then(path.isDefinite()).isTrue();
        then(path.isReferencePath()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "$         | INPUT    | ",
            "$$.a      | CONTEXT  | ",
            "$name.a   | VARIABLE | name",
            "$_x       | VARIABLE | _x",
            "$états    | VARIABLE | états",
    })
    void should_recognise_the_root(String text, RootKind root, String variable) {
        // GIVEN / WHEN
        JsonPathExpr path = JsonPathExpr.compile(text).orElseThrow();
        // THEN
        then(path.root()).isEqualTo(root);
        then(path.variableName()).isEqualTo(variable);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\"\"                    | The path is empty; a JSONPath must start with '$' | 0",
            ".guid                 | A JSONPath must start with '$', not '.' | 0",
            "..guid                | A JSONPath must start with '$', not '.' | 0",
            "()                    | A JSONPath must start with '$', not '(' | 0",
            "$...                  | Unexpected '.' after '..' | 3",
            "$.                    | The path must not end with '.' | 1",
            "$..                   | The path must not end with '..' | 1",
            "$.a..                 | The path must not end with '..' | 3",
            "$$23                  | Unexpected character '2'; expected '.', '[' or the end of the path | 2",
            "$$$                   | Unexpected character '$'; expected '.', '[' or the end of the path | 2",
            "$1                    | A variable name must not start with a digit | 1",
            "$.a b                 | Unexpected blank in a property name; use bracket notation such as ['my prop'] for names with blanks | 3",
            "$.a)                  | Unexpected character ')' in a property name; use bracket notation such as ['name'] for names with special characters | 3",
            "$.a,b                 | Unexpected character ',' in a property name; use bracket notation such as ['name'] for names with special characters | 3",
            "$[                    | Unclosed '[' | 1",
            "$.a[0                 | Unclosed '[' | 3",
            "$[*                   | Unclosed '[' | 1",
            "$['a                  | Unterminated quoted property name | 2",
            "$['a' 'b']            | Expected ',' or ']' after a quoted property name, found ''' | 6",
            "$.a[x]                | Expected a quoted name, an index, '*', a slice or a filter after '[', found 'x' | 4",
            "$[1,]                 | Expected an integer index, found ']' | 4",
            "$[:]                  | A slice needs at least one bound: [a:], [:b] or [a:b] | 2",
            "$[1:2:3]              | Slice steps such as [0:10:2] are not supported | 5",
            "$[99999999999]        | Index 99999999999 is out of range | 2",
            "$.length().x          | A path function such as 'length()' must be the last element of the path | 10",
            "$.a[?@.x]             | Expected '(' after '[?', found '@' | 5",
            "$.a[?(@.x             | Unclosed '(' of the filter | 5",
            "$.a[?(@.x)            | Unclosed '[' | 3",
            "$.a[?(@.x == )]       | Expected a value or a path in the filter, found ')' | 13",
            "$.a[?(@.x == 1 &&)]   | Expected a value or a path in the filter, found ')' | 17",
            "$.a[?(@.x ~= 1)]      | Expected a comparison operator such as '==', found '~' | 10",
            "$.a[?(@.x foo 1)]     | Unknown filter operator 'foo' | 10",
            "$[?(@.a = 1)]         | Use '==' to compare values, not '=' | 8",
            "$[?(@.a === 1)]       | '===' is not supported; use '==' | 8",
            "$[?(1)]               | A condition without a comparison must be a path such as @.x | 4",
            "$[?(@.x =~ 1)]        | '=~' must be followed by a regular expression such as /abc/i | 11",
            "$[?(@.x == /a/)]      | A regular expression can only appear on the right of '=~' | 11",
            "$[?(@.x =~ /a(/)]     | Invalid regular expression /a(/: Unclosed group | 11",
            "$[?(@.x =~ /a/q)]     | Unknown regular expression flag 'q' | 14",
            "$[?(@.x =~ /x)]       | Unterminated regular expression | 11",
            "$[?(@.a == 'x)]       | Unterminated string literal in the filter | 11",
            "$[?(@.a == $$.x)]     | Only '@' and '$' paths are allowed inside a filter | 11",
            "$[?(@.a == $v)]       | Only '@' and '$' paths are allowed inside a filter | 11",
            "$[?((@.a == 1)]       | Expected ')' to close the filter, found ']' | 14",
    })
    void should_reject_invalid_syntax_with_message_and_offset(String text, String message, int offset) {
        // GIVEN / WHEN
        Parsed<JsonPathExpr> parsed = JsonPathExpr.compile(text);
        // THEN
        then(parsed.failure()).contains(new SyntaxError(message, offset));
    }

    @Test
    void should_reject_unbalanced_bracket() {
        // GIVEN / WHEN
        Parsed<JsonPathExpr> parsed = JsonPathExpr.compile("$.a[0]]");
        // THEN
        then(parsed.failure()).contains(new SyntaxError("Unexpected character ']'; expected '.', '[' or the end of the path", 6));
    }

    @Test
    void should_report_null_text_as_an_error() {
        // GIVEN / WHEN
        Parsed<JsonPathExpr> parsed = JsonPathExpr.compile(null);
        // THEN
        then(parsed.isOk()).isFalse();
    }

    @Test
    void should_reject_filters_nested_beyond_the_limit_instead_of_overflowing_the_stack() {
        // GIVEN
        String deep = "$[?(" + "(".repeat(5_000) + "@.a" + ")".repeat(5_000) + ")]";
        // WHEN
        Parsed<JsonPathExpr> parsed = JsonPathExpr.compile(deep);
        // THEN
        then(parsed.failure()).map(SyntaxError::message).contains("The filter nests too deeply");
    }

    @Test
    void should_describe_an_error_with_its_position() {
        // GIVEN
        SyntaxError error = JsonPathExpr.compile("$.a[").failure().orElseThrow();
        // WHEN
        String text = error.toString();
        // THEN
        then(text).isEqualTo("Unclosed '[' at position 3");
    }
}
