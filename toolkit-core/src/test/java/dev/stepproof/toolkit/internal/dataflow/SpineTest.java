package dev.stepproof.toolkit.internal.dataflow;

import dev.stepproof.toolkit.internal.path.JsonPathExpr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.BDDAssertions.then;

class SpineTest {

    private static Spine spine(String path) {
        return Spine.of(JsonPathExpr.compile(path).orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"$", "$.a", "$.a.b[0]", "$['a']['b c'][-1]", "$[\"a\"].b", "$.a.['b c']", "$[0][1]"})
    void should_derive_the_steps_of_plain_reference_paths(String path) {
        // GIVEN / WHEN / THEN
        then(spine(path)).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`$[\"it's\"]`",
            "`$['a]b']`",
            "`$['a\\'b']`",
    })
    void should_refuse_names_that_would_make_the_check_ambiguous(String path) {
        // GIVEN paths whose names hold quotes or brackets; the caller falls back to a deep copy
        // WHEN / THEN
        then(JsonPathExpr.compile(path).isOk()).isTrue();
        then(spine(path)).isNull();
    }
}
