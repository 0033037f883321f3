package dev.stepproof.toolkit.internal.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.BDDAssertions.then;

/** Partial JSON matching and the texts of its differences. */
class JsonSubsetTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void should_ignore_extra_fields_and_compare_numbers_by_value() throws Exception {
        // WHEN
        var differences = JsonSubset.differences(json("{\"a\": {\"n\": 1.0}, \"l\": [{\"x\": 1}]}"),
                json("{\"a\": {\"n\": 1, \"extra\": true}, \"l\": [{\"x\": 1, \"y\": 2}], \"z\": null}"));
        // THEN
        then(differences).isEmpty();
    }

    @Test
    void should_list_each_difference_with_its_path() throws Exception {
        // WHEN
        var differences = JsonSubset.differences(
                json("{\"a\": 1, \"b\": {\"c\": \"x\"}, \"odd key\": true, \"l\": [1, 2], \"m\": [1], \"o\": {}}"),
                json("{\"a\": 2, \"b\": {}, \"l\": [1, 3], \"m\": [1, 2], \"o\": \"text\"}"));
        // THEN
        then(differences).containsExactly(
                "$.a expected 1 but was 2",
                "$.b.c expected \"x\" but was missing",
                "$['odd key'] expected true but was missing",
                "$.l[1] expected 2 but was 3",
                "$.m expected 1 element but was 2",
                "$.o expected {} but was \"text\"");
    }

    @Test
    void should_cut_long_values_in_differences() throws Exception {
        // WHEN
        var differences = JsonSubset.differences(json("{\"a\": \"" + "x".repeat(100) + "\"}"), json("{\"a\": 1}"));
        // THEN
        then(differences).containsExactly("$.a expected \"" + "x".repeat(59) + "… but was 1");
    }
}
