package dev.stepproof.toolkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.stepproof.toolkit.Interpreter;
import dev.stepproof.toolkit.MockConfig;

import static org.assertj.core.api.BDDAssertions.then;

/**
 * Step Functions Local mock configurations on arbitrary text: reading returns diagnostics, with a configuration
 * exactly when none is an error; every test case of a configuration that reads as valid then answers a fixed
 * machine's tasks, and the execution ends with a status rather than an exception.
 */
class MockConfigFuzzTest {

    private static final Interpreter MACHINE = Interpreter.of(Fixtures.machine("mockconfig.asl.json"));
    private static final String INPUT = "{\"orderId\": \"O-1\"}";

    @FuzzTest(maxDuration = Fixtures.SHORT_CAMPAIGN)
    void read_and_answer(byte[] data) {
        MockConfig.ReadResult read = MockConfig.read(Fixtures.text(data), "MockConfigFile.json");
        Fixtures.checkDiagnostics(read.diagnostics());
        then(read.isValid()).as("valid exactly when no diagnostic is an error: %s", read.diagnostics())
                .isEqualTo(read.errors().isEmpty());
        if (read.isValid()) {
            MockConfig config = read.config();
            then(config.toString()).isNotNull();
            for (String machine : config.stateMachines()) {
                for (String testCase : config.testCases(machine)) {
                    Fixtures.checkExecution(MACHINE.execute(Fixtures.options().withInput(INPUT)
                            .withTaskInvoker(config.invoker(machine, testCase))));
                }
            }
        }
    }
}
