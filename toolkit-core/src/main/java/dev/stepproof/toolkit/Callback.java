package dev.stepproof.toolkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.spi.TaskInvocation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Who answers a {@code .waitForTaskToken} Task state, and how: a fixed list of {@link TaskCallback}s, or a handler
 * that sees the task's invocation (its token and parameters) and decides. Immutable; every method returns a new
 * {@code Callback}. Collect them in {@link Callbacks}.
 *
 * <pre>{@code
 * Callback.forState("Approve")
 *         .heartbeatAfter(Duration.ofMinutes(5))
 *         .succeedsAfter(Duration.ofHours(2), "{\"approved\": true}");
 * Callback.forState("Approve").onAttempt(2).failsAfter(Duration.ofDays(1), "Rejected", "too expensive");
 * Callback.forState("Approve").answers(task -> List.of(
 *         TaskCallback.success("{\"by\": \"" + task.parameters().path("MessageBody").path("approver").asText() + "\"}")
 *                 .after(Duration.ofMinutes(30))));
 * }</pre>
 *
 * <p>A Task state that a callback answers first makes its API call through the execution's
 * {@link dev.stepproof.toolkit.spi.TaskInvoker} (the mocks): that answer is the {@code TaskSubmitted} output, e.g.
 * SQS's SendMessage response. Only then are the callbacks sent, at their virtual times, with the task's token.
 * A declaration without callbacks (or a handler returning none) leaves the task waiting until its
 * HeartbeatSeconds or TimeoutSeconds ends it.
 *
 * @since 0.1.0
 */
public final class Callback {

    private final String stateName;
    private final int attempt;
    private final List<TaskCallback> callbacks;
    private final Function<TaskInvocation, List<TaskCallback>> handler;

    private Callback(String stateName, int attempt, List<TaskCallback> callbacks,
                     Function<TaskInvocation, List<TaskCallback>> handler) {
        this.stateName = stateName;
        this.attempt = attempt;
        this.callbacks = List.copyOf(callbacks);
        this.handler = handler;
    }

    /** @return a declaration answering every attempt of the Task state with exactly this name, with no callbacks yet */
    public static Callback forState(String stateName) {
        Objects.requireNonNull(stateName, "stateName must not be null");
        return new Callback(stateName, 0, List.of(), null);
    }

    /**
     * @param n 1 for the first attempt, 2 for the first retry, …
     * @return this declaration, answering only that attempt (such declarations win over attempt-free ones)
     */
    public Callback onAttempt(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Attempts are numbered from 1, got " + n);
        }
        return new Callback(stateName, n, callbacks, handler);
    }

    /** @return this declaration with {@code more} sent after the callbacks declared so far */
    public Callback send(TaskCallback... more) {
        if (handler != null) {
            throw new IllegalStateException("Callback.forState(\"" + stateName + "\") already has a handler; use either callbacks or answers(...)");
        }
        List<TaskCallback> all = new ArrayList<>(callbacks);
        for (TaskCallback c : Objects.requireNonNull(more, "callbacks must not be null")) {
            all.add(Objects.requireNonNull(c, "a callback must not be null"));
        }
        return new Callback(stateName, attempt, all, null);
    }

    /** @return this declaration with a {@code SendTaskHeartbeat} {@code delay} after the task started */
    public Callback heartbeatAfter(Duration delay) {
        return send(TaskCallback.heartbeat().after(delay));
    }

    /** @return this declaration with a {@code SendTaskSuccess(json)} {@code delay} after the task started */
    public Callback succeedsAfter(Duration delay, String json) {
        return send(TaskCallback.success(json).after(delay));
    }

    /** As {@link #succeedsAfter(Duration, String)}; the node is copied. */
    public Callback succeedsAfter(Duration delay, JsonNode json) {
        return send(TaskCallback.success(json).after(delay));
    }

    /** @return this declaration with a {@code SendTaskFailure(error, cause)} {@code delay} after the task started */
    public Callback failsAfter(Duration delay, String error, String cause) {
        return send(TaskCallback.failure(error, cause).after(delay));
    }

    /**
     * Decides the callbacks per attempt from the invocation: {@code invocation.taskToken()} is the token the task
     * was given, {@code parameters()} what it sent. Runs on the interpreter's thread when the task has submitted;
     * it gets a copy of the parameters and context. Null or an exception fails the task with
     * {@code StepProof.CallbackHandlerError}, naming the state.
     *
     * @return this declaration answering through {@code handler} instead of a fixed list
     */
    public Callback answers(Function<TaskInvocation, List<TaskCallback>> handler) {
        Objects.requireNonNull(handler, "handler must not be null");
        if (!callbacks.isEmpty()) {
            throw new IllegalStateException("Callback.forState(\"" + stateName + "\") already has callbacks; use either callbacks or answers(...)");
        }
        return new Callback(stateName, attempt, List.of(), handler);
    }

    /** @return the Task state answered */
    public String stateName() {
        return stateName;
    }

    /** @return the attempt answered, or 0 for every attempt */
    public int attempt() {
        return attempt;
    }

    /** @return the fixed callbacks in declaration order; empty when a handler answers */
    public List<TaskCallback> callbacks() {
        return callbacks;
    }

    /** @return the handler, or null for a fixed list */
    public Function<TaskInvocation, List<TaskCallback>> handler() {
        return handler;
    }

    boolean matches(TaskInvocation invocation, boolean exactAttempt) {
        return stateName.equals(invocation.stateName())
                && (exactAttempt ? attempt == invocation.attempt() : attempt == 0);
    }

    @Override
    public String toString() {
        return "Callback.forState(\"" + stateName + "\")" + (attempt > 0 ? ".onAttempt(" + attempt + ")" : "")
                + (handler != null ? ".answers(handler)" : callbacks.isEmpty() ? "" : ".send(" + callbacks + ")");
    }
}
