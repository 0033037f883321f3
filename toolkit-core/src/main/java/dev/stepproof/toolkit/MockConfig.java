package dev.stepproof.toolkit;

import dev.stepproof.toolkit.internal.mockconfig.MockConfigInvoker;
import dev.stepproof.toolkit.internal.mockconfig.MockConfigModel;
import dev.stepproof.toolkit.internal.mockconfig.MockConfigParser;
import dev.stepproof.toolkit.internal.mockconfig.MockConfigReader;
import dev.stepproof.toolkit.internal.mockconfig.TestCase;
import dev.stepproof.toolkit.spi.TaskInvoker;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * AWS Step Functions Local's mock configuration file ({@code MockConfigFile.json}), read as AWS documents it, so
 * that existing Step Functions Local test cases run unchanged on StepProof's interpreter.
 *
 * <pre>{@code
 * MockConfig mocks = MockConfig.read(Path.of("MockConfigFile.json")).orElseThrow();
 * Execution run = Interpreter.of(machine).execute(ExecutionOptions.defaults()
 *         .withTaskInvoker(mocks.invoker("LambdaSQSIntegration", "RetryPath")));
 * }</pre>
 *
 * <p>Reading never throws on bad input: every problem (unreadable file, invalid JSON, missing sections, unknown
 * mocked response names, bad, overlapping or gappy invocation keys, answers with both or neither of
 * {@code Return}/{@code Throw}) comes back as a {@link Diagnostic} coded {@code SP-M…}, located in the file.
 * Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MockConfig {

    private final String source;
    private final MockConfigModel model;

    private MockConfig(String source, MockConfigModel model) {
        this.source = source;
        this.model = model;
    }

    /** Reads a mock configuration file (UTF-8 JSON); never throws on bad input. */
    public static ReadResult read(Path file) {
        Objects.requireNonNull(file, "file");
        return result(file.toString(), MockConfigReader.read(file));
    }

    /**
     * Reads mock configuration text; never throws on bad input.
     *
     * @param text   the JSON text (null reads as empty)
     * @param source labels diagnostics: a file name, or e.g. {@code "<inline>"} (null means {@code "<string>"})
     */
    public static ReadResult read(String text, String source) {
        String label = source == null ? "<string>" : source;
        return result(label, MockConfigReader.read(text, label));
    }

    private static ReadResult result(String source, MockConfigParser.Result parsed) {
        MockConfig config = parsed.model() == null ? null : new MockConfig(source, parsed.model());
        return new ReadResult(source, parsed.diagnostics(), config);
    }

    /** @return the file or label this configuration was read from */
    public String source() {
        return source;
    }

    /** @return the names under {@code StateMachines}, in file order; never null */
    public Set<String> stateMachines() {
        return model.testCases().keySet();
    }

    /**
     * @param stateMachineName a key under {@code StateMachines}
     * @return its test case names in file order; empty when the state machine is not configured
     */
    public List<String> testCases(String stateMachineName) {
        return model.testCases().getOrDefault(stateMachineName, List.of()).stream().map(TestCase::name).toList();
    }

    /**
     * A task invoker answering as Step Functions Local does for one test case: each mocked state gets its mocked
     * response's answers in invocation order (per state, from 0, retries included); {@code Return} is the task's raw
     * result as written, {@code Throw} fails the task with its Error and Cause. A Task state the test case does not
     * mock fails with {@code StepProof.UnmockedTask}; an invocation with no answer fails the execution with
     * {@code States.Runtime}. The invoker counts invocations, so use a fresh one for each execution.
     *
     * @throws IllegalArgumentException when the state machine or the test case is not in this configuration
     */
    public TaskInvoker invoker(String stateMachineName, String testCaseName) {
        List<TestCase> cases = model.testCases().get(stateMachineName);
        if (cases == null) {
            throw new IllegalArgumentException("Mock configuration " + source + " has no state machine '"
                    + stateMachineName + "'; it configures " + stateMachines() + ".");
        }
        TestCase testCase = cases.stream().filter(c -> c.name().equals(testCaseName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("State machine '" + stateMachineName
                        + "' in mock configuration " + source + " has no test case '" + testCaseName
                        + "'; it has " + testCases(stateMachineName) + "."));
        return new MockConfigInvoker(testCase, model.responses());
    }

    @Override
    public String toString() {
        return "MockConfig[" + source + ": " + stateMachines().stream()
                .map(m -> m + " " + testCases(m)).collect(Collectors.joining(", ")) + "]";
    }

    /**
     * What reading a mock configuration produced: every diagnostic, and the configuration when none is an ERROR.
     *
     * @param source      the file or label read
     * @param diagnostics all problems found, in document order; never null
     * @param config      the configuration, or null when any diagnostic is an ERROR
     * @since 0.1.0
     */
    public record ReadResult(String source, List<Diagnostic> diagnostics, MockConfig config) {
        public ReadResult {
            diagnostics = List.copyOf(diagnostics);
        }

        /** @return whether no diagnostic is an ERROR */
        public boolean isValid() {
            return config != null;
        }

        /** @return the ERROR diagnostics only */
        public List<Diagnostic> errors() {
            return diagnostics.stream().filter(Diagnostic::isError).toList();
        }

        /** @return the configuration, if it had no ERROR */
        public Optional<MockConfig> mockConfig() {
            return Optional.ofNullable(config);
        }

        /**
         * @return the configuration
         * @throws IllegalStateException listing the errors, one per line, when there are any
         */
        public MockConfig orElseThrow() {
            if (config == null) {
                throw new IllegalStateException("Invalid mock configuration " + source + ":\n" + errors().stream()
                        .map(d -> "  " + d.format()).collect(Collectors.joining("\n")));
            }
            return config;
        }
    }
}
