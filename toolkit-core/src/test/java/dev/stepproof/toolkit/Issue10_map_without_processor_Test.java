package dev.stepproof.toolkit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.BDDAssertions.then;

/**
 * Issue 10 (fuzzing): a Map state with neither {@code ItemProcessor} nor {@code Iterator} read as valid, and
 * {@link Interpreter#of} then threw a NullPointerException compiling it. The schema now requires
 * {@code ItemProcessor} unless the legacy {@code Iterator} is there. Seed
 * {@code crash-8bda0490-map-without-item-processor.asl.json} of {@code InterpreterFuzzTest} keeps it fixed.
 */
class Issue10_map_without_processor_Test {

    @Test
    void should_report_a_map_without_item_processor() {
        // GIVEN
        String definition = "{\"StartAt\": \"M\", \"States\": {\"M\": {\"Type\": \"Map\", \"End\": true}}}";
        // WHEN
        DefinitionReader.ReadResult result = DefinitionReader.standard().read(definition, "issue10.asl.json");
        // THEN
        then(result.isValid()).isFalse();
        then(result.diagnostics()).extracting(Diagnostic::format).containsExactly(
                "issue10.asl.json:1:29: ERROR SP-S001 at /States/M: State 'M' has no field 'ItemProcessor', which a Map "
                        + "state requires. Fix: Add 'ItemProcessor'.");
    }

    @Test
    void should_still_accept_the_legacy_iterator() {
        // GIVEN
        String definition = """
                {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
                  "Iterator": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}""";
        // WHEN
        DefinitionReader.ReadResult result = DefinitionReader.standard().read(definition, "issue10.asl.json");
        // THEN
        then(result.errors()).isEmpty();
        then(Interpreter.of(result.orElseThrow()).execute(ExecutionOptions.defaults().withInput("[1]")).status())
                .isEqualTo(ExecutionStatus.SUCCEEDED);
    }
}
