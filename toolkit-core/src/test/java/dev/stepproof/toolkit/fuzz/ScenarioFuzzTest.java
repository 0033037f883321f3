package dev.stepproof.toolkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.stepproof.toolkit.ScenarioReport;
import dev.stepproof.toolkit.ScenarioRunner;
import dev.stepproof.toolkit.internal.scenario.ScenarioReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.BDDAssertions.then;

/**
 * Scenario files on arbitrary text, written to a folder that also holds a definition ({@code machine.asl.json}),
 * a MockConfigFile ({@code MockConfigFile.json}) and a SAM template ({@code template.yaml}, logical id
 * {@code Machine}) for the text to name: {@link ScenarioReader} returns a scenario or diagnostics, and a scenario
 * that reads runs through {@link ScenarioRunner} to a report, never an exception.
 */
class ScenarioFuzzTest {

    private static final ScenarioReader READER = new ScenarioReader();
    private static final ScenarioRunner RUNNER = ScenarioRunner.standard();

    /** Once per fuzzing run (the default per-test lifecycle), once per seed in regression runs. */
    @TempDir
    Path folder;

    @BeforeEach
    void write_the_files_scenarios_may_name() throws IOException {
        Files.writeString(folder.resolve("machine.asl.json"), Fixtures.resource("machines/mockconfig.asl.json"));
        Files.writeString(folder.resolve("MockConfigFile.json"), Fixtures.resource("files/MockConfigFile.json"));
        Files.writeString(folder.resolve("template.yaml"), Fixtures.resource("files/template.yaml"));
    }

    @FuzzTest(maxDuration = Fixtures.SHORT_CAMPAIGN)
    void read_and_run(byte[] data) throws IOException {
        read_and_run(write("fuzz.sfn-test.yaml", data));
        read_and_run(write("fuzz.sfn-test.json", data));
    }

    private void read_and_run(Path file) {
        ScenarioReader.Outcome outcome = READER.read(file);
        Fixtures.checkDiagnostics(outcome.diagnostics());
        if (outcome.scenario() != null) {
            ScenarioReport report = RUNNER.run(file);
            Fixtures.checkDiagnostics(report.diagnostics());
            report.cases().forEach(c -> then(c.describe(report.source())).isNotBlank());
        }
    }

    private Path write(String name, byte[] data) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, data);
        return file;
    }
}
