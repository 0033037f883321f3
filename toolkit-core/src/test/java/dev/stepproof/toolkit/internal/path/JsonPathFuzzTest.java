package dev.stepproof.toolkit.internal.path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static dev.stepproof.toolkit.internal.path.Json.json;
import static org.assertj.core.api.BDDAssertions.thenCode;

class JsonPathFuzzTest {

    private static final String ALPHABET = "$$$@..[[]]()??**::,,''\"\"\\ab01-=!<>~&|/ i{}";
    private static final JsonNode DOCUMENT = json("{'a': [1, {'b': 'x', 'c': [null, true]}], 'b': {'a': 2}, '': 0}");

    static String randomText(Random random, String alphabet, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder sb = new StringBuilder(length);
        if (random.nextBoolean()) {
            sb.append('$');
        }
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    @Test
    void should_never_throw_on_random_input() {
        // GIVEN a fixed seed, so that a failure can be reproduced
        Random random = new Random(20_260_101L);
        for (int i = 0; i < 30_000; i++) {
            String text = randomText(random, ALPHABET, 30);
            // WHEN / THEN
            thenCode(() -> exercise(text)).as(text).doesNotThrowAnyException();
        }
    }

    private static void exercise(String text) {
        Parsed<JsonPathExpr> parsed = JsonPathExpr.compile(text);
        ReferencePath.compile(text);
        if (parsed instanceof Parsed.Ok<JsonPathExpr> ok) {
            JsonPathExpr path = ok.value();
            path.evaluate(DOCUMENT);
            path.set(DOCUMENT.deepCopy(), json("1"));
            path.toString();
        }
    }
}
