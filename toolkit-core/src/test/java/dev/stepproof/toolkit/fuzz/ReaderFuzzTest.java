package dev.stepproof.toolkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.DefinitionReader.ReadResult;
import dev.stepproof.toolkit.WorkflowType;

import java.io.ByteArrayInputStream;

import static org.assertj.core.api.BDDAssertions.then;

/**
 * {@link DefinitionReader} on arbitrary text, as JSON, as YAML and sniffed: it never throws, and whatever it
 * reads comes back as diagnostics, with a model exactly when none of them is an error.
 */
class ReaderFuzzTest {

    private static final DefinitionReader STANDARD = DefinitionReader.standard();
    private static final DefinitionReader EXPRESS = STANDARD.withWorkflowType(WorkflowType.EXPRESS);

    @FuzzTest(maxDuration = Fixtures.SHORT_CAMPAIGN)
    void read_definition(byte[] data) {
        String text = Fixtures.text(data);
        check(STANDARD.read(text, "fuzz.asl.json"));
        check(STANDARD.read(text, "fuzz.asl.yaml"));
        check(EXPRESS.read(text, "fuzz"));
        check(STANDARD.read(new ByteArrayInputStream(data), "fuzz-stream"));
    }

    private static void check(ReadResult result) {
        then(result).isNotNull();
        Fixtures.checkDiagnostics(result.diagnostics());
        then(result.isValid()).as("valid exactly when no diagnostic is an error: %s", result.diagnostics())
                .isEqualTo(result.errors().isEmpty());
    }
}
