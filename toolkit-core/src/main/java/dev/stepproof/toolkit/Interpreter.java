package dev.stepproof.toolkit;

import dev.stepproof.toolkit.internal.interpret.CompiledMachine;
import dev.stepproof.toolkit.model.StateMachine;

import java.util.Objects;

/**
 * Runs executions of one state machine, in process, on a virtual clock: a Wait of a year or a retry
 * back-off of hours completes at once, and the same definition, input and seed give the same execution,
 * event for event. The machine is compiled once; {@link #execute} may be called any number of times, from
 * any threads.
 *
 * <pre>{@code
 * Interpreter interpreter = Interpreter.of(StateMachine.read(Path.of("order.asl.json")));
 * Execution execution = interpreter.execute(ExecutionOptions.defaults()
 *         .withInput("{\"orderId\": \"42\"}")
 *         .withTaskInvoker(invocation -> TaskResult.success(payload)));
 * }</pre>
 *
 * <p>Never throws for anything the definition, input or task results contain: such problems end the
 * execution with AWS's error names ({@code States.Runtime}, {@code States.DataLimitExceeded}, …) and a cause
 * naming the state and the path.
 *
 * @since 0.1.0
 */
public final class Interpreter {
    private final CompiledMachine compiled;

    private Interpreter(CompiledMachine compiled) {
        this.compiled = compiled;
    }

    /** @param machine a validated state machine (see {@link DefinitionReader}) */
    public static Interpreter of(StateMachine machine) {
        return new Interpreter(CompiledMachine.compile(Objects.requireNonNull(machine, "machine")));
    }

    /** Runs one execution to its end and returns it; never null. */
    public Execution execute(ExecutionOptions options) {
        return compiled.execute(Objects.requireNonNull(options, "options"));
    }
}
