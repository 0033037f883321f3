package dev.stepproof.toolkit.internal.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.stepproof.toolkit.internal.path.Json.json;
import static dev.stepproof.toolkit.internal.path.Json.path;
import static org.assertj.core.api.BDDAssertions.then;

class JsonPathExprEvaluateTest {

    private static final JsonNode STORE = json("{'store': {"
            + "'book': ["
            + "  {'category': 'reference', 'author': 'Nigel Rees', 'title': 'Sayings', 'price': 8.95},"
            + "  {'category': 'fiction', 'author': 'Evelyn Waugh', 'title': 'Sword', 'price': 12.99},"
            + "  {'category': 'fiction', 'author': 'Herman Melville', 'title': 'Moby Dick', 'isbn': '0-553', 'price': 8.99},"
            + "  {'category': 'fiction', 'author': 'J. R. R. Tolkien', 'title': 'The Lord', 'isbn': '0-395', 'price': 22.99}"
            + "],"
            + "'bicycle': {'color': 'red', 'price': 19.95}},"
            + "'expensive': 10, 'nothing': null, 'my key': 'spaced', 'input-foo-bar': 'hyphen', 'empty': []}");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "$.expensive                           | 10",
            "$.store.bicycle.color                 | \"red\"",
            "$['my key']                           | \"spaced\"",
            "$.input-foo-bar                       | \"hyphen\"",
            "$.store.book[0].title                 | \"Sayings\"",
            "$.store.book[-1].title                | \"The Lord\"",
            "$.store.book[-4].title                | \"Sayings\"",
            "$.nothing                             | null",
            "$['expensive','nothing','absent']     | {\"expensive\":10,\"nothing\":null}",
    })
    void should_return_the_single_node_of_a_definite_path(String path, String expected) {
        // GIVEN / WHEN
        PathResult result = path(path).evaluate(STORE);
        // THEN
        then(result).isEqualTo(new PathResult.Found(json(expected)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
            "$.store.book[*].author => [\"Nigel Rees\",\"Evelyn Waugh\",\"Herman Melville\",\"J. R. R. Tolkien\"]",
            "$..author => [\"Nigel Rees\",\"Evelyn Waugh\",\"Herman Melville\",\"J. R. R. Tolkien\"]",
            "$.store.*.color => [\"red\"]",
            "$.store..price => [8.95,12.99,8.99,22.99,19.95]",
            "$..book[2].title => [\"Moby Dick\"]",
            "$..book[-1:].title => [\"The Lord\"]",
            "$.store.book[:2].title => [\"Sayings\",\"Sword\"]",
            "$.store.book[1:3].title => [\"Sword\",\"Moby Dick\"]",
            "$.store.book[2:].title => [\"Moby Dick\",\"The Lord\"]",
            "$.store.book[:-3].title => [\"Sayings\"]",
            "$.store.book[0,3].title => [\"Sayings\",\"The Lord\"]",
            "$.store.book[0,9].title => [\"Sayings\"]",
            "$..book[?(@.isbn)].title => [\"Moby Dick\",\"The Lord\"]",
            "$.store.book[?(@.price < 10)].title => [\"Sayings\",\"Moby Dick\"]",
            "$.store.book[?(@.price > $.expensive)].title => [\"Sword\",\"The Lord\"]",
            "$.store.book[?(@.category == 'fiction' && @.price < 10)].title => [\"Moby Dick\"]",
            "$.store.book[?(@.category != 'fiction' || @.price > 20)].title => [\"Sayings\",\"The Lord\"]",
            "$.store.book[?(!@.isbn)].title => [\"Sayings\",\"Sword\"]",
            "$.store.book[?(@.author =~ /.*REES/i)].title => [\"Sayings\"]",
            "$.store.book[?(@.title in ['Sword', 'Sayings'])].price => [8.95,12.99]",
            "$.store.book[?(@.title nin ['Sword', 'Sayings'])].price => [8.99,22.99]",
            "$.store.bicycle[?(@.color == 'red')].price => [19.95]",
            "$..[?(@.color)].price => [19.95]",
            "$['store','expensive'].bicycle.color => [\"red\"]",
    })
    void should_gather_matches_of_an_indefinite_path(String path, String expected) {
        // GIVEN / WHEN
        PathResult result = path(path).evaluate(STORE);
        // THEN
        then(result).isEqualTo(new PathResult.Found(json(expected)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "$.absent[*]",
            "$.absent.deeper[1:]",
            "$.empty[*]",
            "$.store.book[?(@.price > 100)]",
            "$..nowhere",
            "$.expensive[0:2]",
            "$.nothing[*]",
    })
    void should_return_an_empty_array_when_an_indefinite_path_matches_nothing(String path) {
        // GIVEN / WHEN
        PathResult result = path(path).evaluate(STORE);
        // THEN
        then(result).isEqualTo(new PathResult.Found(json("[]")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "$.NoSuch                   | No results for path: $['NoSuch']",
            "$.no.such.result.path      | Missing property in path $['no']",
            "$.store.bicycle.size       | No results for path: $['store']['bicycle']['size']",
            "$.store.book[9]            | No results for path: $['store']['book'][9]",
            "$.store.book[9].title      | No results for path: $['store']['book'][9]['title']",
            "$.store.book[-5]           | No results for path: $['store']['book'][-5]",
            "$.expensive.x              | Expected to find an object with property ['x'] in path $['expensive'] but found 'number'. This is not a json object.",
            "$.nothing.x                | Expected to find an object with property ['x'] in path $['nothing'] but found 'null'. This is not a json object.",
            "$.nothing[0]               | The path $['nothing'] is null",
            "$.store[0]                 | Filter: [0] can only be applied to arrays. Current context is: {\"book\":[{\"category\":\"reference\",\"author\":\"Nigel Rees\",\"title\":\"Sayings\",\"price\":8.95},{\"category\":\"fiction\",\"author\":\"Evelyn Waugh\",\"title\":\"Sword\",\"price\":12.99},{\"category\":\"fiction\",\"author\":\"Herman Melville\",\"title\":\"Moby Dick\",\"isbn\":\"0-553\",\"price\":8.99},{\"category\":\"fiction\",\"author\":\"J. R. R. Tolkien\",\"title\":\"The Lord\",\"isbn\":\"0-395\",\"price\":22.99}],\"bicycle\":{\"color\":\"red\",\"price\":19.95}}",
            "$.store.book.sum()         | No results for path: $['store']['book'].sum()",
    })
    void should_report_a_definite_path_that_does_not_resolve_as_missing_with_jayway_text(String path, String reason) {
        // GIVEN / WHEN
        PathResult result = path(path).evaluate(STORE);
        // THEN
        then(result).isEqualTo(new PathResult.Missing(reason));
    }

    @Test
    void should_distinguish_json_null_from_missing() {
        // GIVEN
        JsonNode document = json("{'a': null}");
        // WHEN
        PathResult present = path("$.a").evaluate(document);
        PathResult absent = path("$.b").evaluate(document);
        // THEN
        then(present).isEqualTo(new PathResult.Found(NullNode.instance));
        then(absent.isFound()).isFalse();
    }

    @Test
    void should_keep_backslashes_in_bracket_names_as_aws_does() {
        // GIVEN the AWS-recorded ESCAPE_SEQUENCES_JSONPATH case
        JsonNode document = json("{\"Test\\\\\\\"\\\"Name\\\"\": \"Value\"}");
        // WHEN
        PathResult result = path("$['Test\\\"\"Name\"']").evaluate(document);
        // THEN
        then(result).isEqualTo(new PathResult.Found(json("\"Value\"")));
    }

    @Test
    void should_filter_scalars_with_the_current_node() {
        // GIVEN
        JsonNode document = json("{'tags': ['a', 'v', 'b', 'v']}");
        // WHEN
        PathResult result = path("$.tags[?(@ == 'v')]").evaluate(document);
        // THEN
        then(result).isEqualTo(new PathResult.Found(json("['v', 'v']")));
    }

    @Test
    void should_compare_numbers_by_value_and_numeric_strings_as_numbers() {
        // GIVEN
        JsonNode document = json("{'items': [{'n': 1}, {'n': 1.0}, {'n': '1'}, {'n': 2}, {'n': 'one'}]}");
        // WHEN
        PathResult result = path("$.items[?(@.n == 1)].n").evaluate(document);
        // THEN
        then(result).isEqualTo(new PathResult.Found(json("[1, 1.0, '1']")));
    }

    @Test
    void should_test_presence_not_truthiness() {
        // GIVEN
        JsonNode document = json("{'items': [{'x': false}, {'x': null}, {'y': 1}]}");
        // WHEN
        PathResult result = path("$.items[?(@.x)]").evaluate(document);
        // THEN
        then(result).isEqualTo(new PathResult.Found(json("[{'x': false}, {'x': null}]")));
    }

    @Test
    void should_treat_an_unquoted_word_in_a_filter_as_the_string_it_spells() {
        // GIVEN asl-validator's valid-current-value-predicate case
        JsonNode document = json("{'outputs': [{'OutputKey': 'FooBar', 'OutputValue': '0123'}, {'OutputKey': 'Fizz', 'OutputValue': 'x'}]}");
        // WHEN
        PathResult result = path("$.outputs[?(@.OutputKey == FooBar)].OutputValue").evaluate(document);
        // THEN
        then(result).isEqualTo(new PathResult.Found(json("['0123']")));
    }

    @Test
    void should_apply_the_remaining_filter_operators() {
        // GIVEN
        JsonNode document = json("{'items': ["
                + "{'id': 1, 'tags': ['a', 'b'], 's': ''},"
                + "{'id': 2, 'tags': ['c'], 's': 'xyz'}]}");
        // WHEN / THEN
        then(path("$.items[?(@.tags contains 'a')].id").evaluate(document)).isEqualTo(new PathResult.Found(json("[1]")));
        then(path("$.items[?(@.s contains 'y')].id").evaluate(document)).isEqualTo(new PathResult.Found(json("[2]")));
        then(path("$.items[?(@.tags subsetof ['a', 'b', 'z'])].id").evaluate(document)).isEqualTo(new PathResult.Found(json("[1]")));
        then(path("$.items[?(@.tags anyof ['c', 'z'])].id").evaluate(document)).isEqualTo(new PathResult.Found(json("[2]")));
        then(path("$.items[?(@.tags noneof ['c'])].id").evaluate(document)).isEqualTo(new PathResult.Found(json("[1]")));
        then(path("$.items[?(@.tags size 2)].id").evaluate(document)).isEqualTo(new PathResult.Found(json("[1]")));
        then(path("$.items[?(@.s empty true)].id").evaluate(document)).isEqualTo(new PathResult.Found(json("[1]")));
        then(path("$.items[?(@.id >= 2 && @.id <= 2)].id").evaluate(document)).isEqualTo(new PathResult.Found(json("[2]")));
        then(path("$.items[?(@.s > 'a')].id").evaluate(document)).isEqualTo(new PathResult.Found(json("[2]")));
        then(path("$.items[?(@.missing != 1)].id").evaluate(document)).isEqualTo(new PathResult.Found(json("[1, 2]")));
    }

    @Test
    void should_evaluate_against_the_root_the_path_names() {
        // GIVEN
        PathRoots roots = new PathRoots() {
            @Override
            public JsonNode input() {
                return json("{'a': 'input'}");
            }

            @Override
            public JsonNode context() {
                return json("{'Execution': {'Id': 'arn:x'}}");
            }

            @Override
            public JsonNode variable(String name) {
                return name.equals("user") ? json("{'name': 'Ann', 'ids': [7, 8]}") : null;
            }
        };
        // WHEN / THEN
        then(path("$.a").evaluate(roots)).isEqualTo(new PathResult.Found(json("'input'")));
        then(path("$$.Execution.Id").evaluate(roots)).isEqualTo(new PathResult.Found(json("'arn:x'")));
        then(path("$user.ids[1]").evaluate(roots)).isEqualTo(new PathResult.Found(json("8")));
        then(path("$other.x").evaluate(roots)).isEqualTo(new PathResult.Missing("Undefined variable: $other"));
    }

    @Test
    void should_return_the_whole_document_for_the_root_path() {
        // GIVEN / WHEN
        PathResult result = path("$").evaluate(STORE);
        // THEN
        then(result).isEqualTo(new PathResult.Found(STORE));
    }
}
