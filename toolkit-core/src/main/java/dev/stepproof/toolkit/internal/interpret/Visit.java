package dev.stepproof.toolkit.internal.interpret;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepproof.toolkit.internal.dataflow.EvalContext;
import dev.stepproof.toolkit.internal.dataflow.StatesError;
import dev.stepproof.toolkit.internal.jsonata.JsonataError;
import dev.stepproof.toolkit.internal.jsonata.JsonataScope;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One entry into one state, from its {@code …StateEntered} event until it exits or fails: the raw input,
 * retry counters, the context object, and child fibers to abort if the visit is cut short. It is what the
 * state's expressions read: as an {@link EvalContext} for JSONPath ({@code $} is whatever {@link #input(JsonNode)}
 * last set), as a {@link JsonataScope} for JSONata ({@code $states}, see {@link #states(JsonNode, JsonNode)}).
 * Variables are read live from the fiber's scope, which only changes when a state exits, so every expression of
 * the visit sees the values of state entry (ASL-SEMANTICS §4.2).
 */
final class Visit implements EvalContext, JsonataScope {

    final Fiber fiber;
    final Step step;
    final JsonNode rawInput;
    final long enteredEventId;
    /** The event before {@code …StateEntered}: AWS chains {@code EvaluationFailed} to it (AWS-REC). */
    final long enteredPreviousId;
    final long enteredMillis;
    int retryCount;
    int[] retrierAttempts;
    private ObjectNode context;
    private JsonNode mapItemValue;
    private int mapItemIndex = -1;
    private JsonNode input;
    private List<Fiber> children;
    private Runnable abortHook;
    private String taskToken;
    private JsonNode statesResult;
    private JsonNode statesErrorOutput;

    Visit(Fiber fiber, Step step, JsonNode rawInput, long enteredPreviousId, long enteredEventId, long enteredMillis) {
        this.fiber = fiber;
        this.step = step;
        this.rawInput = rawInput;
        this.input = rawInput;
        this.enteredPreviousId = enteredPreviousId;
        this.enteredEventId = enteredEventId;
        this.enteredMillis = enteredMillis;
    }

    /** Runs {@code work}, turning a {@link StatesError} or {@link JsonataError} into this visit's failure. */
    void runGuarded(Runnable work) {
        try {
            work.run();
        } catch (StatesError e) {
            fail(e);
        } catch (JsonataError e) {
            fail(evaluationFailed(e));
        }
    }

    /**
     * Runs {@code work} while the state already handles an error (a catcher's Output and Assign): a failure
     * there fails the workflow instead of reaching the state's retriers and catchers again.
     */
    void runHandling(Runnable work) {
        try {
            work.run();
        } catch (StatesError e) {
            fiber.fail(failure(e));
        } catch (JsonataError e) {
            fiber.fail(failure(evaluationFailed(e)));
        }
    }

    void fail(StatesError e) {
        step.handleFailure(this, failure(e));
    }

    Failure failure(StatesError e) {
        String cause = e.prefixed() ? prefix() + (e.causeText() == null ? "" : e.causeText()) : e.causeText();
        boolean catchable = !StatesError.RUNTIME.equals(e.error());
        return new Failure(e.error(), cause, catchable);
    }

    /**
     * Writes the {@code EvaluationFailed} event AWS records before a JSONata failure (ASL-SEMANTICS §3.7, §10.2)
     * and returns the failure to raise: {@code States.QueryEvaluationError}, cause prefixed.
     */
    StatesError evaluationFailed(JsonataError e) {
        String cause = prefix() + e.causeText();
        ObjectNode details = Json.NODES.objectNode();
        if (e.location() != null) {
            details.put("location", e.location());
        }
        details.put("state", step.name);
        long previous = e.chained() ? fiber.lastEvent() : enteredPreviousId;
        fiber.setLastEvent(fiber.run.event("EvaluationFailed", previous, step.name, null, JsonataError.ERROR, cause, details));
        return StatesError.plain(JsonataError.ERROR, cause);
    }

    /** AWS's prefix of run-time causes, naming the state and its entered event. */
    String prefix() {
        return "An error occurred while executing the state '" + step.name + "' (entered at the event id #"
                + enteredEventId + "). ";
    }

    /** Sets what {@code $} means for the expressions evaluated next. */
    Visit input(JsonNode node) {
        this.input = node;
        return this;
    }

    @Override
    public JsonNode input() {
        return input;
    }

    @Override
    public JsonNode context() {
        if (context == null || mapItemIndex >= 0) {
            context = buildContext();
        }
        return context;
    }

    private ObjectNode buildContext() {
        ObjectNode ctx = Json.NODES.objectNode();
        ctx.set("Execution", fiber.run.executionContext());
        ctx.set("StateMachine", fiber.run.stateMachineContext());
        ObjectNode state = ctx.putObject("State");
        state.put("Name", step.name);
        state.put("EnteredTime", Json.iso(enteredMillis));
        if (step.hasRetryCount) {
            state.put("RetryCount", retryCount);
        }
        if (taskToken != null) {
            ctx.putObject("Task").put("Token", taskToken);
        }
        if (mapItemIndex >= 0) {
            ObjectNode item = ctx.putObject("Map").putObject("Item");
            item.put("Index", mapItemIndex);
            item.set("Value", mapItemValue);
        }
        return ctx;
    }

    /** Exposes {@code $$.Map.Item} while one item's selector is evaluated; call with index -1 to clear. */
    void mapItem(int index, JsonNode value) {
        this.mapItemIndex = index;
        this.mapItemValue = value;
        if (index < 0) {
            context = null;
        }
    }

    /** Gives this attempt a task token ({@code $$.Task.Token}); each attempt gets a fresh one, as on AWS. */
    void taskToken(String token) {
        this.taskToken = token;
        this.context = null;
    }

    /** @return this attempt's task token, or null outside {@code .waitForTaskToken} tasks */
    String taskToken() {
        return taskToken;
    }

    void retried() {
        retryCount++;
        context = null;
    }

    @Override
    public JsonNode variable(String name) {
        return fiber.variables.get(name);
    }

    /** Sets what {@code $states.result} and {@code $states.errorOutput} mean for the JSONata evaluated next. */
    Visit states(JsonNode result, JsonNode errorOutput) {
        this.statesResult = result;
        this.statesErrorOutput = errorOutput;
        return this;
    }

    @Override
    public JsonNode statesInput() {
        return rawInput;
    }

    @Override
    public JsonNode statesResult() {
        return statesResult;
    }

    @Override
    public JsonNode statesErrorOutput() {
        return statesErrorOutput;
    }

    @Override
    public JsonNode statesContext() {
        return context();
    }

    @Override
    public long nowMillis() {
        return fiber.run.now();
    }

    @Override
    public RandomGenerator random() {
        return fiber.run.random;
    }

    void addChild(Fiber child) {
        if (children == null) {
            children = new ArrayList<>();
        }
        children.add(child);
    }

    void clearChildren() {
        children = null;
        abortHook = null;
    }

    /** Work to stop when the visit is cut short that is no fiber: a distributed Map's child executions. */
    void onAbort(Runnable hook) {
        abortHook = hook;
    }

    void abortChildren() {
        if (abortHook != null) {
            Runnable hook = abortHook;
            abortHook = null;
            hook.run();
        }
        if (children != null) {
            for (Fiber child : children) {
                child.abort();
            }
        }
    }
}
