package dev.stepproof.toolkit;

import dev.stepproof.toolkit.spi.TaskInvocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answers to the {@code .waitForTaskToken} Task states of a workflow: an immutable set of {@link Callback}
 * declarations, safe to share between tests and threads. Give it to {@link ExecutionOptions#withCallbacks}; what
 * happened to each callback is in {@link Execution#callbacks()}.
 *
 * <pre>{@code
 * Callbacks callbacks = Callbacks.of(
 *         Callback.forState("Approve").heartbeatAfter(Duration.ofMinutes(5))
 *                 .succeedsAfter(Duration.ofHours(2), "{\"approved\": true}"));
 * Execution execution = interpreter.execute(ExecutionOptions.defaults()
 *         .withTaskInvoker(mocks.session())
 *         .withCallbacks(callbacks));
 * }</pre>
 *
 * <p>Which declaration answers an attempt: one for that state and that exact attempt, else the first for that
 * state without an attempt, each in declaration order. An attempt of a declared state that neither matches gets
 * no callbacks, so it waits until a window closes (declare only attempt 2 to let attempt 1 time out). A
 * {@code .waitForTaskToken} state no declaration names keeps the older behaviour: the invoker's answer is the
 * callback's result (see docs/callbacks.md, D23).
 *
 * @since 0.1.0
 */
public final class Callbacks {

    private static final Callbacks NONE = new Callbacks(List.of());

    private final List<Callback> declarations;

    private Callbacks(List<Callback> declarations) {
        this.declarations = List.copyOf(declarations);
    }

    /** @return no declarations (the default of {@link ExecutionOptions}) */
    public static Callbacks none() {
        return NONE;
    }

    /** @return these declarations, in order */
    public static Callbacks of(Callback... callbacks) {
        return NONE.with(callbacks);
    }

    /** @return a copy with {@code more} appended */
    public Callbacks with(Callback... more) {
        List<Callback> all = new ArrayList<>(declarations);
        for (Callback c : Objects.requireNonNull(more, "callbacks must not be null")) {
            all.add(Objects.requireNonNull(c, "a callback must not be null"));
        }
        return new Callbacks(all);
    }

    /** @return the declarations in order; unmodifiable */
    public List<Callback> declarations() {
        return declarations;
    }

    public boolean isEmpty() {
        return declarations.isEmpty();
    }

    /**
     * @return the declaration that answers this attempt, as the class comment describes; one without callbacks when
     *         only other attempts of the state are declared; empty when the state is not declared at all
     */
    public Optional<Callback> answering(TaskInvocation invocation) {
        Objects.requireNonNull(invocation, "invocation must not be null");
        for (boolean exact : new boolean[] {true, false}) {
            for (Callback c : declarations) {
                if (c.matches(invocation, exact)) {
                    return Optional.of(c);
                }
            }
        }
        boolean declared = declarations.stream().anyMatch(c -> c.stateName().equals(invocation.stateName()));
        return declared ? Optional.of(Callback.forState(invocation.stateName())) : Optional.empty();
    }

    @Override
    public String toString() {
        return "Callbacks" + declarations;
    }
}
