package dev.stepproof.toolkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.scenario.JsonDiff;
import dev.stepproof.toolkit.model.State;
import dev.stepproof.toolkit.model.StateMachine;
import dev.stepproof.toolkit.model.StateType;
import dev.stepproof.toolkit.spi.TaskInvoker;
import dev.stepproof.toolkit.spi.TaskResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Checks that every retried Task is safe to retry. It runs the execution once as a baseline, then once per
 * Task state that has a Retry with that task's first response lost: the fake handles the call (its side
 * effects happen) but the workflow sees an error its retrier matches, so the call is made again. Per task it
 * reports whether the retried call carried the same parameters (a {@code States.UUID()}, {@code $$.State.RetryCount}
 * or {@code $$.State.EnteredTime} in them changes them), whether the final output matched the baseline, and
 * whether the fake's observable state (your probe: an in-memory table, a WireMock request journal, …) did.
 *
 * <pre>{@code
 * IdempotencyReport report = IdempotencyCheck.of(machine)
 *         .withOptions(ExecutionOptions.defaults().withInput(input))
 *         .withFake(OrdersFake::new, fake -> fake.tableAsJson())
 *         .run();
 * assertThat(report.problems()).isEmpty();
 * }</pre>
 *
 * @param <F> the type of the fake answering the tasks
 * @since 0.1.0
 */
public final class IdempotencyCheck<F extends TaskInvoker> {

    private final StateMachine machine;
    private final ExecutionOptions options;
    private final Supplier<F> fakes;
    private final Function<F, JsonNode> probe;

    private IdempotencyCheck(StateMachine machine, ExecutionOptions options, Supplier<F> fakes, Function<F, JsonNode> probe) {
        this.machine = machine;
        this.options = options;
        this.fakes = fakes;
        this.probe = probe;
    }

    /** @param machine the state machine to check; runs use {@link ExecutionOptions#defaults()} until told otherwise */
    public static IdempotencyCheck<TaskInvoker> of(StateMachine machine) {
        return new IdempotencyCheck<>(Objects.requireNonNull(machine, "machine"), ExecutionOptions.defaults(), null, null);
    }

    /** @param base input, seed and limits of every run (its task invoker is replaced by the fake) */
    public IdempotencyCheck<F> withOptions(ExecutionOptions base) {
        return new IdempotencyCheck<>(machine, Objects.requireNonNull(base, "base"), fakes, probe);
    }

    /**
     * @param newFake makes a fresh fake for each run, so runs do not see each other's side effects
     * @param sideEffects reads the fake's observable state after a run, as JSON (null: not compared)
     */
    public <G extends TaskInvoker> IdempotencyCheck<G> withFake(Supplier<G> newFake, Function<G, JsonNode> sideEffects) {
        return new IdempotencyCheck<>(machine, options, Objects.requireNonNull(newFake, "newFake"), sideEffects);
    }

    /** Runs the baseline and one lost-response run per retried Task state. */
    public IdempotencyReport run() {
        if (fakes == null) {
            throw new IllegalStateException("No fake configured: call withFake(supplier, probe) first.");
        }
        Interpreter interpreter = Interpreter.of(machine);
        F baselineFake = fakes.get();
        Execution baseline = interpreter.execute(options.withTaskInvoker(baselineFake));
        JsonNode baselineEffects = probe == null ? null : probe.apply(baselineFake);
        List<IdempotencyReport.TaskFinding> findings = new ArrayList<>();
        for (State s : machine.allStates()) {
            if (s.type() == StateType.TASK && !s.retriers().isEmpty()) {
                findings.add(check(interpreter, s, baseline, baselineEffects));
            }
        }
        return new IdempotencyReport(baseline, findings);
    }

    private IdempotencyReport.TaskFinding check(Interpreter interpreter, State task, Execution baseline, JsonNode baselineEffects) {
        String error = injectableError(task);
        F fake = fakes.get();
        List<JsonNode> calls = new ArrayList<>();
        TaskInvoker lossy = invocation -> {
            if (!invocation.stateName().equals(task.name())) {
                return fake.invoke(invocation);
            }
            calls.add(invocation.parameters());
            TaskResult real = fake.invoke(invocation);
            return calls.size() == 1 ? TaskResult.failure(error, "StepProof idempotency check: the response of the first call was lost") : real;
        };
        Execution run = interpreter.execute(options.withTaskInvoker(lossy));
        if (calls.isEmpty()) {
            return new IdempotencyReport.TaskFinding(task.name(), error, false, null, null, null, run);
        }
        String parameters = calls.size() < 2 ? "the task was not called again after its lost response (its retrier did not retry "
                + error + ")" : JsonDiff.first(calls.get(0), calls.get(1), false).map(d -> "the retried call's parameters differ " + d).orElse(null);
        String output = run.status() != baseline.status() ? "the execution ended " + run.status() + " instead of " + baseline.status()
                : baseline.output() == null ? null : JsonDiff.first(baseline.output(), run.output(), false).map(d -> "the output differs " + d).orElse(null);
        String effects = probe == null ? null : JsonDiff.first(baselineEffects, probe.apply(fake), false)
                .map(d -> "the side effects differ " + d).orElse(null);
        return new IdempotencyReport.TaskFinding(task.name(), error, true, parameters, output, effects, run);
    }

    /** The error the lost response is reported as: one the state's first retrier retries. */
    private static String injectableError(State task) {
        String first = task.retriers().get(0).errorEquals().get(0);
        return first.equals("States.ALL") || first.equals("States.TaskFailed") ? "States.Timeout" : first;
    }
}
