package dev.stepproof.maven;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

/** The exact texts of the factories not already asserted through the readers that use them. */
class PluginDiagnosticsTest {

    @Test
    void should_say_how_to_get_missing_coverage_data() {
        then(PluginDiagnostics.coverageFileMissing("target/stepproof/coverage.json").format()).isEqualTo(
                "target/stepproof/coverage.json: ERROR SP-P001 at /: No coverage data: the file does not exist."
                        + " Fix: Run the tests with the StepProof JUnit extension first (it writes this file), point"
                        + " stepproof.coverage.file at it, or set stepproof.coverage.skipIfMissing=true.");
    }

    @Test
    void should_locate_a_syntax_error_in_the_execution_input() {
        // GIVEN the shell ate the quotes around a key
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class, () -> LocatedJson.read("{orderId: 1}", false));
        // WHEN / THEN
        then(PluginDiagnostics.inputNotJson("stepproof.input", e).format()).isEqualTo(
                "stepproof.input:1:2: ERROR SP-P006 at /: Execution input is not valid JSON: Unexpected character ('o' (code 111)):"
                        + " was expecting double-quote to start field name Fix: Quote the whole value for the shell,"
                        + " e.g. -Dstepproof.input='{\"orderId\": \"42\"}', or use -Dstepproof.inputFile=input.json.");
    }

    @Test
    void should_name_the_audit_setting_that_cannot_be_used() {
        then(PluginDiagnostics.auditMisconfigured("failOnSeverity", "Unknown severity 'SEVERE'.",
                "Use CRITICAL, HIGH, MEDIUM, LOW, INFO or NONE.").format()).isEqualTo(
                "<configuration>: ERROR SP-P008 at /failOnSeverity: Unknown severity 'SEVERE'."
                        + " Fix: Use CRITICAL, HIGH, MEDIUM, LOW, INFO or NONE.");
    }

    @Test
    void should_say_which_audit_file_cannot_be_read() {
        then(PluginDiagnostics.auditFileUnreadable("stepproof-audit.json", "configuration", "Unexpected end-of-input",
                "Fix the file.").format()).isEqualTo(
                "stepproof-audit.json: ERROR SP-P009 at /: The audit configuration cannot be read: Unexpected end-of-input"
                        + " Fix: Fix the file.");
    }
}
