package dev.stepproof.junit.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.BDDAssertions.then;

class JsonDiffTest {

    private static com.fasterxml.jackson.databind.JsonNode json(String text) {
        return Json.parse("test JSON", text);
    }

    @Test
    void should_find_no_difference_between_equal_values_whatever_member_order_and_number_form() {
        // WHEN / THEN
        then(JsonDiff.exact(json("{\"a\": 1, \"b\": [1.0, {\"c\": null}]}"), json("{\"b\": [1, {\"c\": null}], \"a\": 1.00}"))).isEmpty();
    }

    @Test
    void should_name_the_root_when_the_documents_differ_as_a_whole() {
        // WHEN / THEN
        then(JsonDiff.exact(json("[1]"), json("{\"a\": 1}"))).contains("at the root: expected [1] but was {\"a\":1}");
    }

    @Test
    void should_escape_member_names_as_json_pointer_does() {
        // WHEN / THEN
        then(JsonDiff.exact(json("{\"a/b\": {\"m~n\": 1}}"), json("{\"a/b\": {\"m~n\": 2}}")))
                .contains("at /a~1b/m~0n: expected 1 but was 2");
    }

    @Test
    void should_tell_a_string_from_a_number() {
        // WHEN / THEN
        then(JsonDiff.exact(json("{\"id\": 1}"), json("{\"id\": \"1\"}"))).contains("at /id: expected 1 but was \"1\"");
    }

    @Test
    void should_report_an_array_longer_than_expected() {
        // WHEN / THEN
        then(JsonDiff.exact(json("[1]"), json("[1, 2]"))).contains("at /1: expected the array to end but found 2");
    }

    @Test
    void should_ignore_extra_members_at_any_depth_in_partial_mode_only() {
        // GIVEN
        var expected = json("{\"a\": {\"b\": 1}}");
        var actual = json("{\"a\": {\"b\": 1, \"c\": 2}, \"d\": 3}");

        // WHEN / THEN
        then(JsonDiff.partial(expected, actual)).isEmpty();
        then(JsonDiff.exact(expected, actual)).contains("at /a/c: unexpected member with value 2");
    }
}
