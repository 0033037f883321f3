package dev.stepproof.toolkit;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.assertj.core.api.BDDAssertions.then;

/**
 * Same definition, input and seed give the same history, byte for byte, on every JDK StepProof supports: the
 * build runs this test on JDK 17 and JDK 25 against the same golden files. The definitions exercise what could
 * drift between JDKs or runs: random draws (seeded UUIDs, MathRandom, FULL jitter, JSONata {@code $random} and
 * {@code $uuid}), hashes, rendering of doubles, Parallel and Map interleaving, Wait on the virtual clock,
 * Catch and variables.
 *
 * <p>After a deliberate change to history, rewrite the files with
 * {@code ./mvnw -o -pl toolkit-core test -Dtest=GoldenHistoryTest -Dstepproof.golden.update=true} and review the diff.
 */
class GoldenHistoryTest {

    @TestFactory
    Stream<DynamicTest> should_write_the_golden_history_byte_for_byte() {
        return GoldenHistories.CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            // GIVEN the golden case's definition, input, seed and task answers
            Interpreter interpreter = c.interpreter();
            // WHEN it runs
            Execution execution = c.run(interpreter);
            String history = GoldenHistories.render(execution);
            // THEN its history is the golden file's bytes (or becomes them, in update mode)
            then(execution.status()).as("status of %s: %s %s", c.name(), execution.error(), execution.cause())
                    .isEqualTo(ExecutionStatus.SUCCEEDED);
            if (GoldenHistories.updating()) {
                GoldenHistories.write(c, history);
            } else {
                then(history).as("history of golden/%s.asl.json, seed %d (JDK %s)", c.name(), c.seed(),
                        Runtime.version()).isEqualTo(GoldenHistories.golden(c));
            }
        }));
    }
}
