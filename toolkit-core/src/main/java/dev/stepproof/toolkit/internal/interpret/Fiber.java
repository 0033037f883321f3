package dev.stepproof.toolkit.internal.interpret;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepproof.toolkit.internal.dataflow.StatesError;
import dev.stepproof.toolkit.internal.text.JsonText;

import java.util.Map;

/**
 * One thread of control through a workflow: the whole machine, a Parallel branch or a Map iteration. It
 * walks states one scheduled step at a time, keeps the chain of {@code previousEventId}s of its part of the
 * history, and reports its end to a {@link Listener} (the execution, the Parallel or the Map).
 */
final class Fiber {

    /** Told when the fiber's workflow ends. */
    interface Listener {
        void succeeded(Fiber fiber, JsonNode output);

        void failed(Fiber fiber, Failure failure);
    }

    final Run run;
    final CompiledWorkflow workflow;
    final Variables variables;
    private final Listener listener;
    private long lastEvent;
    private Visit current;
    private boolean aborted;
    /** Index of the branch or iteration, for listeners. */
    int index;

    Fiber(Run run, CompiledWorkflow workflow, Variables variables, Listener listener, long previousEvent) {
        this.run = run;
        this.workflow = workflow;
        this.variables = variables;
        this.listener = listener;
        this.lastEvent = previousEvent;
    }

    void start(JsonNode input) {
        goTo(workflow.start(), input);
    }

    long lastEvent() {
        return lastEvent;
    }

    void setLastEvent(long id) {
        lastEvent = id;
    }

    boolean isAborted() {
        return aborted || run.ended();
    }

    void goTo(Step step, JsonNode input) {
        run.scheduler.soon(() -> enter(step, input));
    }

    private void enter(Step step, JsonNode input) {
        if (isAborted() || !run.countTransition()) {
            return;
        }
        long previous = lastEvent;
        long entered = event(step.enteredType, step.name, input, null, null, null);
        Visit visit = new Visit(this, step, input, previous, entered, run.now());
        current = visit;
        visit.runGuarded(() -> step.run(visit));
    }

    /** Appends an event that continues this fiber's chain. */
    long event(String type, String stateName, JsonNode payload, String error, String cause, ObjectNode extra) {
        lastEvent = run.event(type, lastEvent, stateName, payload, error, cause, extra);
        return lastEvent;
    }

    /** The state exits with {@code output} to its own Next (or ends the workflow). */
    void exit(Visit visit, JsonNode output, Map<String, JsonNode> assigned) {
        exit(visit, output, assigned, visit.step.next);
    }

    /**
     * The state exits with {@code output}: checks the size, applies variables, writes the exit event and
     * moves to {@code next}, or ends the workflow when {@code next} is null.
     */
    void exit(Visit visit, JsonNode output, Map<String, JsonNode> assigned, Step next) {
        if (isAborted()) {
            return;
        }
        Step step = visit.step;
        int limit = run.options.limits().maxPayloadBytes();
        if (run.sizer.exceeds(output, limit)) {
            run.abortWith(StatesError.DATA_LIMIT_EXCEEDED, "The state/task '" + step.name
                    + "' returned a result with a size exceeding the maximum number of bytes service limit.");
            return;
        }
        ObjectNode extra = null;
        if (assigned != null && !assigned.isEmpty()) {
            variables.assign(assigned);
            extra = Json.NODES.objectNode();
            ObjectNode vars = extra.putObject("assignedVariables");
            assigned.forEach((k, v) -> vars.put(k, JsonText.compact(v)));
        }
        event(step.exitedType, step.name, output, null, null, extra);
        run.decide(dev.stepproof.toolkit.Decision.Kind.TRANSITION, step.name, -1, next == null ? null : next.name);
        current = null;
        if (next != null) {
            goTo(next, output);
        } else {
            listener.succeeded(this, output);
        }
    }

    /** The workflow ends successfully without an exit event of its own (Succeed state after its exit). */
    void succeed(JsonNode output) {
        current = null;
        listener.succeeded(this, output);
    }

    /** The state failed and nothing handled it: the workflow fails. */
    void fail(Failure failure) {
        if (isAborted()) {
            return;
        }
        current = null;
        listener.failed(this, failure);
    }

    /** Stops this fiber because a sibling failed: the in-flight state gets its {@code …StateAborted} event. */
    void abort() {
        if (aborted) {
            return;
        }
        aborted = true;
        Visit v = current;
        if (v != null && v.step.abortedType != null && !run.ended()) {
            event(v.step.abortedType, v.step.name, null, null, null, null);
        }
        if (v != null) {
            v.abortChildren();
        }
    }
}
