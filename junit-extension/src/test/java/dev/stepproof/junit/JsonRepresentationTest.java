package dev.stepproof.junit;

import dev.stepproof.toolkit.Execution;
import org.assertj.core.presentation.StandardRepresentation;
import org.junit.jupiter.api.Test;

import static dev.stepproof.junit.Fixtures.PAYMENT;
import static dev.stepproof.junit.Fixtures.answering;
import static dev.stepproof.junit.Fixtures.expectAssertionError;
import static dev.stepproof.junit.Fixtures.json;
import static dev.stepproof.junit.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

class JsonRepresentationTest {

    private final JsonRepresentation representation = new JsonRepresentation();

    @Test
    void should_render_json_compactly() {
        // WHEN / THEN
        then(representation.toStringOf(json("{ \"a\" : [ 1, \"x\" ] }"))).isEqualTo("{\"a\":[1,\"x\"]}");
    }

    @Test
    void should_render_an_execution_as_its_outcome_and_path() {
        // GIVEN
        Execution charged = run(PAYMENT, "{}", answering("{\"charged\": true}"));

        // WHEN / THEN
        then(representation.toStringOf(charged))
                .isEqualTo("SUCCEEDED with output {\"charged\":true}; path: [Validate, Charge, Done]");
    }

    @Test
    void should_leave_other_values_to_the_fallback() {
        // WHEN / THEN
        then(representation.toStringOf("text")).isEqualTo(new StandardRepresentation().toStringOf("text"));
        then(representation.unambiguousToStringOf(json("1"))).startsWith("1 (IntNode@");
    }

    @Test
    void should_serve_plain_assertj_assertions_on_json() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(json("{\"a\": 1}"))
                .withRepresentation(representation).isEqualTo(json("{\"a\": 2}")));

        // THEN
        then(error).hasMessageContaining("{\"a\":2}").hasMessageContaining("{\"a\":1}");
    }
}
