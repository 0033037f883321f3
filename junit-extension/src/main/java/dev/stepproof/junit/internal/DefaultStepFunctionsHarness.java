package dev.stepproof.junit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.junit.DefinitionSource;
import dev.stepproof.junit.SecretsInHistory;
import dev.stepproof.junit.StepFunctionsHarness;
import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionLimits;
import dev.stepproof.toolkit.ExecutionOptions;
import dev.stepproof.toolkit.Interpreter;
import dev.stepproof.toolkit.audit.HistorySecretScan;
import dev.stepproof.toolkit.model.StateMachine;
import dev.stepproof.toolkit.spi.TaskInvoker;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The harness the extension puts in each test's store. Settings change under the lock; executions run outside
 * it, so a test may run several at once from its own threads. Not API.
 *
 * @since 0.1.0
 */
public final class DefaultStepFunctionsHarness implements StepFunctionsHarness, AutoCloseable {

    /** A compiled definition and the label of where it came from. */
    private record Loaded(DefinitionSource source, String label, StateMachine machine, Interpreter interpreter) {
    }

    /** Told about every execution the harness runs: coverage and Allure reporting listen here. */
    @FunctionalInterface
    public interface ExecutionListener {
        void executed(String stateMachineName, StateMachine machine, Execution execution);

        /**
         * Told about each child execution a {@code startExecution.sync[:2]} task ran with a registered machine
         * (depth first, after {@link #executed}); coverage records it under the child's own machine.
         */
        default void executedChild(String stateMachineName, StateMachine machine, Execution execution) {
        }
    }

    private final String testName;
    private final ExecutionListener listener;
    private final List<RecordedExecution> recorded = new CopyOnWriteArrayList<>();
    private HarnessSettings settings;
    private Loaded loaded;
    private boolean closed;

    /**
     * @param testName the test's display name, for messages
     * @param settings where to start from (the annotation's or the builder's)
     */
    public DefaultStepFunctionsHarness(String testName, HarnessSettings settings) {
        this(testName, settings, (name, machine, execution) -> { });
    }

    /**
     * @param listener told about each execution after it ran (coverage, Allure); must not throw
     */
    public DefaultStepFunctionsHarness(String testName, HarnessSettings settings, ExecutionListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        this.testName = Objects.requireNonNull(testName, "testName");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public StepFunctionsHarness withDefinition(DefinitionSource definition) {
        return change(s -> s.withDefinition(definition));
    }

    @Override
    public StepFunctionsHarness withTasks(TaskInvoker tasks) {
        return change(s -> s.withTasks(tasks));
    }

    @Override
    public StepFunctionsHarness withInput(String json) {
        return change(s -> s.withInput(json));
    }

    @Override
    public StepFunctionsHarness withSeed(long seed) {
        return change(s -> s.withSeed(seed));
    }

    @Override
    public StepFunctionsHarness withStartTime(Instant start) {
        return change(s -> s.withStartTime(start));
    }

    @Override
    public StepFunctionsHarness withLimits(ExecutionLimits limits) {
        return change(s -> s.withLimits(limits));
    }

    @Override
    public StepFunctionsHarness withOptions(UnaryOperator<ExecutionOptions> customizer) {
        return change(s -> s.withCustomizer(customizer));
    }

    private synchronized StepFunctionsHarness change(Function<HarnessSettings, HarnessSettings> change) {
        settings = change.apply(settings);
        return this;
    }

    @Override
    public synchronized StateMachine stateMachine() {
        return load().machine();
    }

    @Override
    public Execution run() {
        String input;
        synchronized (this) {
            input = settings.input();
        }
        return run(input);
    }

    @Override
    public Execution run(String inputJson) {
        JsonNode input = Json.parse("input", inputJson);
        return execute(options -> options.withInput(inputJson), Json.compact(input));
    }

    @Override
    public Execution run(JsonNode input) {
        Objects.requireNonNull(input, "input must not be null");
        return execute(options -> options.withInput(input), Json.compact(input));
    }

    private Execution execute(UnaryOperator<ExecutionOptions> withInput, String inputText) {
        Loaded machine;
        ExecutionOptions options;
        SecretsInHistory secrets;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("The StepFunctionsHarness of test [" + testName
                        + "] is closed: its test has ended, so it runs no more executions");
            }
            machine = load();
            options = settings.options();
            secrets = settings.secrets();
        }
        Execution execution = machine.interpreter().execute(withInput.apply(options));
        recorded.add(new RecordedExecution(machine.label(), inputText, execution));
        listener.executed(stateMachineName(machine.label()), machine.machine(), execution);
        ChildMachines.forEach(execution, options.stateMachines(), listener::executedChild);
        checkSecrets(secrets, machine.label(), execution);
        return execution;
    }

    /** After the execution is recorded, so a failed test still prints it. */
    private static void checkSecrets(SecretsInHistory mode, String label, Execution execution) {
        if (mode == SecretsInHistory.OFF) {
            return;
        }
        List<HistorySecretScan.SecretLeak> leaks = HistorySecretScan.scan(execution);
        if (leaks.isEmpty()) {
            return;
        }
        String message = "State machine [" + label + "]: " + HistorySecretScan.describe(leaks)
                + "\n(@StepFunctionsTest(secretsInHistory = WARN or OFF) to allow it in this test.)";
        if (mode == SecretsInHistory.FAIL) {
            throw new AssertionError(message);
        }
        System.err.println("StepProof WARNING: " + message);
    }

    private Loaded load() {
        DefinitionSource source = settings.definition();
        if (source == null) {
            throw new IllegalStateException("No state machine definition for test [" + testName + "]: set one with "
                    + "@StepFunctionsTest(definition = \"...\"), StepProofExtension.newInstance().definition(...) "
                    + "or harness.withDefinition(...)");
        }
        if (loaded == null || loaded.source() != source) {
            // Compile once per definition: a test usually runs the same machine many times.
            DefinitionReader.ReadResult result = source.read(DefinitionReader.standard());
            StateMachine machine = result.orElseThrow();
            loaded = new Loaded(source, result.source(), machine, Interpreter.of(machine));
        }
        return loaded;
    }

    @Override
    public List<Execution> executions() {
        return recorded.stream().map(RecordedExecution::execution).toList();
    }

    /** @return every execution with its definition label and input, for the failure report */
    public List<RecordedExecution> recorded() {
        return List.copyOf(recorded);
    }

    /** @return whether the test has ended */
    public synchronized boolean isClosed() {
        return closed;
    }

    /** Ends the harness with its test: later runs are refused, the executions stay readable for the report. */
    @Override
    public synchronized void close() {
        closed = true;
    }

    @Override
    public String toString() {
        return "StepFunctionsHarness[test=" + testName + ", executions=" + recorded.size() + (isClosed() ? ", closed]" : "]");
    }

    /** {@code classpath:statemachines/order-saga.asl.json} → {@code order-saga}: the name coverage is reported under. */
    static String stateMachineName(String label) {
        String file = label.substring(Math.max(label.lastIndexOf('/'), label.lastIndexOf(':')) + 1);
        int dot = file.indexOf('.');
        return dot > 0 ? file.substring(0, dot) : file.isEmpty() ? "StateMachine" : file;
    }
}
