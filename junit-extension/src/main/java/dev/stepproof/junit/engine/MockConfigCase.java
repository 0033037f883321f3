package dev.stepproof.junit.engine;

import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionOptions;
import dev.stepproof.toolkit.Interpreter;
import dev.stepproof.toolkit.MockConfig;
import dev.stepproof.toolkit.spi.TaskInvoker;
import dev.stepproof.toolkit.spi.TaskResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.FileSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One test case of an AWS Step Functions Local MockConfigFile, run against the definition found next to the file.
 * A MockConfigFile states no expectations, so the test checks what Step Functions Local would stop on: it fails
 * when a Task state was not answered by the test case, or when the execution ended with an error that means the run
 * itself is broken ({@code States.Runtime}, {@code InvalidExecutionInput}). Any other ending (a Fail state, a caught
 * or uncaught task error) passes; the status and path are published as a report entry.
 *
 * @param file         the MockConfigFile
 * @param stateMachine the key under {@code StateMachines}
 * @param testCase     the key under the state machine's {@code TestCases}
 * @param definition   the state machine's definition, next to the file
 * @param input        the execution input file, or null for {@code {}}
 */
record MockConfigCase(Path file, String stateMachine, String testCase, Path definition, Path input)
        implements StepProofCase {

    /** {@link MockConfig#invoker} fails an unmocked Task with this error (documented there). */
    private static final String UNMOCKED = "StepProof.UnmockedTask";
    /** {@link MockConfig#invoker} fails an invocation past the last answer with this error (documented there). */
    private static final String NO_ANSWER = "States.Runtime";
    private static final Set<String> BROKEN_RUN = Set.of("States.Runtime", "InvalidExecutionInput");

    @Override
    public String segment() {
        return stateMachine + "/" + testCase;
    }

    @Override
    public String name() {
        return testCase;
    }

    @Override
    public TestSource source() {
        // MockConfig does not expose where a test case is written; the file is the closest IDEs can open.
        return FileSource.from(file.toFile());
    }

    @Override
    public CaseOutcome run(ExecutionContext context) {
        DefinitionReader.ReadResult machine = DefinitionReader.standard().read(definition);
        MockConfig.ReadResult mocks = MockConfig.read(file);
        List<Diagnostic> diagnostics = new ArrayList<>(machine.diagnostics());
        diagnostics.addAll(mocks.diagnostics());
        List<Diagnostic> warnings = Diagnostics.warnings(diagnostics);
        List<Diagnostic> errors = Diagnostics.errors(diagnostics);
        Optional<String> inputText = inputText();
        if (!errors.isEmpty() || inputText.isEmpty() || !mocks.config().testCases(stateMachine).contains(testCase)) {
            return CaseOutcome.couldNotRun(couldNotRun(errors, inputText.isEmpty(), mocks.config()), warnings);
        }
        Set<String> unanswered = new LinkedHashSet<>();
        Execution execution = Interpreter.of(machine.machine()).execute(ExecutionOptions.defaults()
                .withInput(inputText.get())
                .withStateMachineName(stateMachine)
                .withName(testCase.replaceAll("[^A-Za-z0-9_-]+", "-"))
                .withTaskInvoker(recording(mocks.config().invoker(stateMachine, testCase), unanswered)));
        context.recordCoverage(stateMachine, machine.machine(), execution);
        List<String> failures = new ArrayList<>(unanswered);
        if (unanswered.isEmpty() && brokenRun(execution)) {
            failures.add("the execution failed with " + execution.error() + ": " + execution.cause());
        }
        failures.addAll(Diagnostics.failingWarnings(warnings, context.configuration()));
        Optional<String> failure = failures.isEmpty() ? Optional.empty()
                : Optional.of(head() + " failed:" + failures.stream().map(f -> "\n  - " + f).collect(Collectors.joining()));
        return new CaseOutcome(failure, execution, warnings);
    }

    /** Set.of(...).contains(null) throws, and a successful execution has no error. */
    private static boolean brokenRun(Execution execution) {
        return execution.error() != null && BROKEN_RUN.contains(execution.error());
    }

    /** Wraps the invoker to remember the answers Step Functions Local would not have given, even when caught. */
    private static TaskInvoker recording(TaskInvoker invoker, Set<String> unanswered) {
        return invocation -> {
            TaskResult result = invoker.invoke(invocation);
            if (result instanceof TaskResult.Failure f && (UNMOCKED.equals(f.error()) || NO_ANSWER.equals(f.error()))) {
                unanswered.add(f.cause());
            }
            return result;
        };
    }

    private Optional<String> inputText() {
        if (input == null) {
            return Optional.of("{}");
        }
        try {
            return Optional.of(Files.readString(input));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private String head() {
        return "Test case '" + testCase + "' of state machine '" + stateMachine + "' (" + file + ")";
    }

    private String couldNotRun(List<Diagnostic> errors, boolean inputUnreadable, MockConfig mocks) {
        StringBuilder sb = new StringBuilder(head()).append(" could not run:");
        errors.forEach(d -> sb.append("\n  - ").append(d.format()));
        if (inputUnreadable) {
            sb.append("\n  - the input file ").append(input).append(" cannot be read");
        }
        if (errors.isEmpty() && !inputUnreadable) {
            sb.append("\n  - the file no longer has this test case (it has ").append(mocks.testCases(stateMachine)).append(')');
        }
        return sb.toString();
    }
}
