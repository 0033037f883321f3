package dev.stepproof.toolkit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.BDDAssertions.then;

/**
 * Issue 10 (fuzzing): a state without {@code Type} made {@link DefinitionReader#read(String, String)} throw a
 * NullPointerException from the Next/End check ({@code Set.of(...).contains(null)}) instead of reporting the
 * missing field. Seed {@code crash-126e4ca8-state-without-type.asl.json} of {@code ReaderFuzzTest} keeps it fixed.
 */
class Issue10_state_without_type_Test {

    @Test
    void should_report_a_state_without_type_instead_of_throwing() {
        // GIVEN
        String definition = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Next\": \"A\"}}}";
        // WHEN
        DefinitionReader.ReadResult result = DefinitionReader.standard().read(definition, "issue10.asl.json");
        // THEN
        then(result.isValid()).isFalse();
        then(result.diagnostics()).extracting(Diagnostic::format).contains(
                "issue10.asl.json:1:29: ERROR SP-S001 at /States/A: State 'A' has no field 'Type', which a state requires. "
                        + "Fix: Add 'Type'.");
    }
}
