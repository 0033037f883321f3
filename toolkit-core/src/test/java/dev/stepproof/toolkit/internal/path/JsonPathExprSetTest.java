package dev.stepproof.toolkit.internal.path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.stepproof.toolkit.internal.path.Json.json;
import static dev.stepproof.toolkit.internal.path.Json.path;
import static org.assertj.core.api.BDDAssertions.then;

class JsonPathExprSetTest {

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{\"a\":1}                 | $.b.greeting     | {\"a\":1,\"b\":{\"greeting\":\"Hi!\"}}",
            "{\"a\":1}                 | $.a              | {\"a\":\"Hi!\"}",
            "{}                        | $.x.y.z          | {\"x\":{\"y\":{\"z\":\"Hi!\"}}}",
            "{\"a\":{\"keep\":true}}   | $.a.b            | {\"a\":{\"keep\":true,\"b\":\"Hi!\"}}",
            "{\"a\":[1,2,3]}           | $.a[1]           | {\"a\":[1,\"Hi!\",3]}",
            "{\"a\":[1,2,3]}           | $.a[-1]          | {\"a\":[1,2,\"Hi!\"]}",
            "{\"a\":[{},{}]}           | $.a[0].b.c       | {\"a\":[{\"b\":{\"c\":\"Hi!\"}},{}]}",
            "{}                        | $['my key']      | {\"my key\":\"Hi!\"}",
    })
    void should_set_the_value_creating_missing_intermediate_objects(String document, String path, String expected) {
        // GIVEN
        JsonNode root = json(document);
        // WHEN
        SetResult result = path(path).set(root, json("\"Hi!\""));
        // THEN
        then(result).isEqualTo(new SetResult.Done(json(expected)));
        then(root).isEqualTo(json(expected));
    }

    @Test
    void should_replace_the_document_for_the_root_path() {
        // GIVEN
        JsonNode value = json("{'new': true}");
        // WHEN
        SetResult result = path("$").set(json("{'old': 1}"), value);
        // THEN
        then(result).isEqualTo(new SetResult.Done(value));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "\"text\"                  | $.a          | Cannot set $['a']: $ is a string, not an object",
            "{\"a\":5}                 | $.a.b        | Cannot set $['a']['b']: $['a'] is a number, not an object",
            "{\"a\":null}              | $.a.b        | Cannot set $['a']['b']: $['a'] is null, not an object",
            "{\"a\":{}}                | $.a[0]       | Cannot set $['a'][0]: $['a'] is an object, not an array",
            "{\"a\":[1]}               | $.a[3]       | Cannot set $['a'][3]: index 3 is outside the array $['a'] of size 1",
            "{\"a\":[1]}               | $.a[3].b     | Cannot set $['a'][3]['b']: index 3 is outside the array $['a'] of size 1",
            "{}                        | $.a[0]       | Cannot set $['a'][0]: $['a'] does not exist, and arrays are not created",
            "{}                        | $.a[*]       | Only a reference path (names and single indexes) can be written to, not '$.a[*]'",
    })
    void should_fail_when_the_path_does_not_fit_the_document(String document, String path, String reason) {
        // GIVEN / WHEN
        SetResult result = path(path).set(json(document), json("1"));
        // THEN
        then(result).isEqualTo(new SetResult.Failed(reason));
    }
}
