package dev.stepproof.toolkit.internal.interpret;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionHistory;
import dev.stepproof.toolkit.ExecutionOptions;
import dev.stepproof.toolkit.ExecutionStatus;
import dev.stepproof.toolkit.HistoryEvent;
import dev.stepproof.toolkit.WorkflowType;
import dev.stepproof.toolkit.ChildExecution;
import dev.stepproof.toolkit.model.StateMachine;
import dev.stepproof.toolkit.internal.text.JsonText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * One execution in progress: its clock, history, random source and outcome. Single-threaded: everything
 * runs on the caller's thread through the {@link Scheduler}, which is what makes executions reproducible.
 */
final class Run {

    final CompiledMachine machine;
    final ExecutionOptions options;
    final Scheduler scheduler;
    final RandomGenerator random;
    final PayloadSizer sizer = new PayloadSizer();
    private static final ExecutionHistory EMPTY_HISTORY = new ExecutionHistory(List.of());
    final CallbackDesk desk = new CallbackDesk(this);
    /** 0 for a top execution, n for a child n levels down (StateMachines.maxDepth bounds it). */
    final int depth;
    /** Child machines compiled once per top execution, shared down the tree. */
    final Map<StateMachine, CompiledMachine> compiledChildren;
    private final List<ChildExecution> children = new ArrayList<>();
    private final List<HistoryEvent> events;
    private final List<dev.stepproof.toolkit.Decision> decisions = new ArrayList<>();
    private final boolean record;
    private final long startMillis;
    private long eventCount;
    private long transitions;
    private ObjectNode executionContext;
    private ObjectNode stateMachineContext;
    private JsonNode input;
    private Execution result;
    /** The execution that started this one as a distributed Map child, or null for the execution itself. */
    private final Run parent;
    /** Told when a child execution ends; null for the execution itself. */
    private final ChildListener childListener;
    /** Distinct decisions of child executions, so coverage sees their states without one entry per item. */
    private java.util.Set<dev.stepproof.toolkit.Decision> childDecisions;
    private final List<MapRunRecord> mapRuns = new ArrayList<>();

    /** Told when a child execution (a distributed Map's item or batch) ends. */
    interface ChildListener {
        void ended(Run child, Execution execution);
    }

    Run(CompiledMachine machine, ExecutionOptions options, int depth, Map<StateMachine, CompiledMachine> compiledChildren) {
        this.machine = machine;
        this.options = options;
        this.depth = depth;
        this.compiledChildren = compiledChildren;
        this.startMillis = options.startTime().toEpochMilli();
        this.scheduler = new Scheduler(startMillis);
        this.random = new SplittableRandom(options.seed());
        this.record = options.recordHistory();
        this.events = record ? new ArrayList<>() : List.of();
        this.parent = null;
        this.childListener = null;
    }

    /**
     * A child execution of a distributed Map: its own history, event ids, context and outcome, on the parent's
     * clock and scheduler (so children interleave with everything else, deterministically).
     */
    Run(Run parent, ExecutionOptions options, ChildListener listener) {
        this.machine = null;
        this.options = options;
        this.depth = parent.depth;
        this.compiledChildren = parent.compiledChildren;
        this.startMillis = options.startTime().toEpochMilli();
        this.scheduler = parent.scheduler;
        this.random = parent.random;
        this.record = options.recordHistory();
        this.events = record ? new ArrayList<>() : List.of();
        this.parent = parent;
        this.childListener = listener;
    }

    /** Starts the child execution with {@code childInput}; it ends by telling its listener. */
    void startChild(CompiledWorkflow workflow, JsonNode childInput) {
        input = childInput;
        if (record) {
            ObjectNode started = Json.NODES.objectNode();
            started.put("input", JsonText.compact(childInput));
            started.putObject("inputDetails").put("truncated", false);
            started.put("roleArn", options.roleArn());
            event("ExecutionStarted", 0, null, null, null, null, started);
        } else {
            eventCount++;
        }
        new Fiber(this, workflow, new Variables(null), new TopListener(), 0).start(childInput);
    }

    /** @return the virtual time this execution started, in epoch milliseconds */
    long startMillis() {
        return startMillis;
    }

    /** Stops a child execution because its Map Run ended first: {@code ExecutionAborted}, status ABORTED. */
    void abortChild() {
        if (result == null) {
            event("ExecutionAborted", 0, null, null, null, null, null);
            end(ExecutionStatus.ABORTED, null, null, null, false);
        }
    }

    /** The execution at the top of this child chain: where Map Runs and child decisions are gathered. */
    Run root() {
        return parent == null ? this : parent.root();
    }

    void addMapRun(MapRunRecord record) {
        root().mapRuns.add(record);
    }

    Execution execute() {
        String text = options.inputText();
        if (text != null) {
            try {
                input = Json.MAPPER.readTree(text);
            } catch (JsonProcessingException e) {
                return invalidInput("Invalid State Machine Execution Input: '" + e.getOriginalMessage() + "'");
            }
            if (input == null || input.isMissingNode()) {
                return invalidInput("Invalid State Machine Execution Input: the input is empty; use {} for no input");
            }
        } else {
            input = options.input();
        }
        if (Json.utf8Size(input, options.limits().maxPayloadBytes()) > options.limits().maxPayloadBytes()) {
            return end(ExecutionStatus.FAILED, null, "States.DataLimitExceeded",
                    "The execution input exceeds the maximum number of bytes service limit ("
                            + options.limits().maxPayloadBytes() + " bytes).", false);
        }
        ObjectNode started = Json.NODES.objectNode();
        started.put("input", text != null ? text : JsonText.compact(input));
        started.putObject("inputDetails").put("truncated", false);
        started.put("roleArn", options.roleArn());
        event("ExecutionStarted", 0, null, null, null, null, started);
        // The state machine's TimeoutSeconds, or else AWS's maximum duration for the type (1 year / 5 minutes).
        long limit = options.limits().maxDurationMillis(options.type());
        if (machine.timeoutSeconds() != null) {
            limit = Math.min(limit, machine.timeoutSeconds() * 1000L);
        }
        scheduler.at(startMillis + limit, this::timedOut);
        Fiber top = new Fiber(this, machine.top(), new Variables(null), new TopListener(), 0);
        top.start(input);
        scheduler.run();
        if (result == null) {
            // Only reachable if a branch waits for something that never comes (a bug): say so, don't hang.
            end(ExecutionStatus.FAILED, null, "StepProof.Stalled", "The execution stopped making progress.", true);
        }
        return result;
    }

    private Execution invalidInput(String cause) {
        return end(ExecutionStatus.FAILED, null, "InvalidExecutionInput", cause, false);
    }

    private final class TopListener implements Fiber.Listener {
        @Override
        public void succeeded(Fiber fiber, JsonNode output) {
            ObjectNode extra = null;
            event("ExecutionSucceeded", fiber.lastEvent(), null, output, null, null, extra);
            end(ExecutionStatus.SUCCEEDED, output, null, null, false);
        }

        @Override
        public void failed(Fiber fiber, Failure failure) {
            event("ExecutionFailed", fiber.lastEvent(), null, null, failure.error(), failure.cause(), null);
            end(ExecutionStatus.FAILED, null, failure.error(), failure.cause(), false);
        }
    }

    /** Ends the execution (a top one, or a distributed-Map child past its deadline): {@code ExecutionTimedOut}. */
    void timedOut() {
        if (result == null) {
            event("ExecutionTimedOut", 0, null, null, "States.Timeout", null, null);
            end(ExecutionStatus.TIMED_OUT, null, "States.Timeout", null, false);
        }
    }

    /** Ends the execution from inside (limits): writes ExecutionFailed and stops all work. */
    void abortWith(String error, String cause) {
        if (result == null) {
            event("ExecutionFailed", 0, null, null, error, cause, null);
            end(ExecutionStatus.FAILED, null, error, cause, false);
        }
    }

    boolean ended() {
        return result != null;
    }

    private Execution end(ExecutionStatus status, JsonNode output, String error, String cause, boolean unused) {
        if (result == null) {
            Instant stop = Instant.ofEpochMilli(scheduler.now());
            List<dev.stepproof.toolkit.MapRun> runs = mapRuns.isEmpty() ? List.of()
                    : mapRuns.stream().map(MapRunRecord::snapshot).toList();
            result = new Execution(status, output, error, cause, options.startTime(), stop,
                    record ? new ExecutionHistory(events) : EMPTY_HISTORY, decisions, runs, desk.deliveries(), children);
            if (childListener == null) {
                scheduler.stop();
            } else {
                childListener.ended(this, result);
            }
        }
        return result;
    }

    /** Counts one state entered; stops a runaway loop at the configured cap. */
    boolean countTransition() {
        if (++transitions > options.limits().maxTransitions()) {
            abortWith("StepProof.TransitionLimitExceeded", "The execution entered more than "
                    + options.limits().maxTransitions() + " states, which looks like a loop without end. "
                    + "Raise ExecutionLimits.maxTransitions if this is intended.");
            return false;
        }
        return true;
    }

    /** Appends an event and returns its id; ids advance even when history is not recorded (causes quote them). */
    long event(String type, long previous, String stateName, JsonNode payload, String error, String cause, ObjectNode extra) {
        long id = ++eventCount;
        if (record) {
            events.add(new HistoryEvent(id, previous, Instant.ofEpochMilli(scheduler.now()), type, stateName,
                    payload, error, cause, extra));
        }
        if (options.type() == WorkflowType.STANDARD && id >= options.limits().maxHistoryEvents() && result == null
                && !type.startsWith("Execution")) {
            abortWith("States.Runtime", "The execution reached the maximum number of history events ("
                    + options.limits().maxHistoryEvents() + ").");
        }
        return id;
    }

    void childStarted(ChildExecution child) {
        children.add(child);
    }

    void decide(dev.stepproof.toolkit.Decision.Kind kind, String state, int index, String target) {
        dev.stepproof.toolkit.Decision decision = new dev.stepproof.toolkit.Decision(kind, state, index, target);
        if (parent == null) {
            decisions.add(decision);
            return;
        }
        Run top = root();
        if (top.childDecisions == null) {
            top.childDecisions = new java.util.HashSet<>();
        }
        if (top.childDecisions.add(decision)) {
            top.decisions.add(decision);
        }
    }

    long now() {
        return scheduler.now();
    }

    JsonNode input() {
        return input;
    }

    /** The {@code Execution} part of the context object, built once per execution. */
    ObjectNode executionContext() {
        if (executionContext == null) {
            executionContext = Json.NODES.objectNode();
            executionContext.put("Id", options.executionArn());
            executionContext.set("Input", input);
            executionContext.put("Name", options.name());
            executionContext.put("RoleArn", options.roleArn());
            executionContext.put("StartTime", Json.iso(startMillis));
            if (options.type() == WorkflowType.STANDARD) {
                executionContext.put("RedriveCount", 0); // AWS-REC: absent from EXPRESS contexts
            }
        }
        return executionContext;
    }

    ObjectNode stateMachineContext() {
        if (stateMachineContext == null) {
            stateMachineContext = Json.NODES.objectNode();
            stateMachineContext.put("Id", options.stateMachineArn());
            stateMachineContext.put("Name", options.stateMachineName());
        }
        return stateMachineContext;
    }
}
