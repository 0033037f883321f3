package dev.stepproof.toolkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.internal.scenario.TemplateDefinitions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.BDDAssertions.then;

/**
 * CloudFormation and SAM templates on arbitrary text, as JSON and as YAML: {@link TemplateDefinitions} takes the
 * state machine {@code Machine} out of them ({@code Definition}, {@code DefinitionString}, {@code Fn::Sub},
 * {@code DefinitionUri} beside the template, {@code DefinitionSubstitutions}) and returns a read result with
 * diagnostics, never an exception.
 */
class CloudFormationFuzzTest {

    private static final DefinitionReader READER = DefinitionReader.standard();

    /** Once per fuzzing run (the default per-test lifecycle), once per seed in regression runs. */
    @TempDir
    Path folder;

    @BeforeEach
    void write_the_definition_templates_may_name() throws IOException {
        Files.writeString(folder.resolve("machine.asl.json"), Fixtures.resource("machines/mockconfig.asl.json"));
    }

    @FuzzTest(maxDuration = Fixtures.SHORT_CAMPAIGN)
    void read_template(byte[] data) throws IOException {
        for (String name : new String[] {"template.yaml", "template.json"}) {
            Path template = folder.resolve(name);
            Files.write(template, data);
            DefinitionReader.ReadResult result = TemplateDefinitions.read(template, "Machine", READER);
            then(result).isNotNull();
            Fixtures.checkDiagnostics(result.diagnostics());
            then(result.isValid()).isEqualTo(result.errors().isEmpty());
        }
    }
}
