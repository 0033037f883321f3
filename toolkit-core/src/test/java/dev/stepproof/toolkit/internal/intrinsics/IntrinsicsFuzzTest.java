package dev.stepproof.toolkit.internal.intrinsics;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.BDDAssertions.thenCode;

class IntrinsicsFuzzTest {

    private static final String[] PIECES = {"States.", "Format", "Array", "MathAdd", "UUID", "Hash", "JsonMerge",
            "ArrayRange", "(", ")", ",", " ", "'", "\\", "{}", "$", "$$", ".", "a", "[0]", "[?(@.a == 1)]", "1", "-",
            "1.5", "e9", "true", "null", "'SHA-1'", "States.Array("};

    @Test
    void should_never_throw_on_random_input() {
        // GIVEN a fixed seed, so that a failure can be reproduced
        Random random = new Random(42L);
        for (int i = 0; i < 30_000; i++) {
            StringBuilder sb = new StringBuilder(random.nextBoolean() ? "States." : "");
            int pieces = random.nextInt(16);
            for (int p = 0; p < pieces; p++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            // WHEN / THEN
            thenCode(() -> exercise(text)).as(text).doesNotThrowAnyException();
        }
    }

    private static void exercise(String text) {
        Intrinsics.compile(text).failure().ifPresent(Object::toString);
        PayloadExpressions.check(text);
        PayloadExpressions.checkFailPath(text);
        Intrinsics.compile(text).map(Intrinsics::formatPlaceholderMismatch);
    }
}
