package dev.stepproof.toolkit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Objects;

/**
 * The result of one execution: how it ended, its output or error and cause, and its history.
 *
 * @param status    never null
 * @param output    the execution's output when {@link ExecutionStatus#SUCCEEDED}, else null
 * @param error     the error name when FAILED/TIMED_OUT/ABORTED (may be null: a Fail state without Error)
 * @param cause     the cause text, or null when there is none
 * @param startTime virtual time the execution started
 * @param stopTime  virtual time it ended
 * @param history   the events; empty when history recording was off
 * @param decisions the transitions, Choice rules, retriers and catchers taken, in order (for coverage)
 * @param mapRuns   the runs of distributed Map states, in order of start
 * @param callbacks what became of each {@link TaskCallback} sent to this execution's tasks, in sending order
 * @param childExecutions the executions its {@code startExecution.sync[:2]} tasks ran (see {@link StateMachines}),
 *                  in the order they started
 * @since 0.1.0
 */
public record Execution(ExecutionStatus status, JsonNode output, String error, String cause,
                        Instant startTime, Instant stopTime, ExecutionHistory history, java.util.List<Decision> decisions,
                        java.util.List<MapRun> mapRuns, java.util.List<CallbackDelivery> callbacks,
                        java.util.List<ChildExecution> childExecutions) {

    public Execution {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(stopTime, "stopTime");
        Objects.requireNonNull(history, "history");
        decisions = java.util.List.copyOf(decisions);
        mapRuns = java.util.List.copyOf(mapRuns);
        callbacks = java.util.List.copyOf(callbacks);
        childExecutions = java.util.List.copyOf(childExecutions);
    }

    /** An execution without distributed Map runs, callbacks and child executions. */
    public Execution(ExecutionStatus status, JsonNode output, String error, String cause, Instant startTime,
                     Instant stopTime, ExecutionHistory history, java.util.List<Decision> decisions) {
        this(status, output, error, cause, startTime, stopTime, history, decisions,
                java.util.List.of(), java.util.List.of(), java.util.List.of());
    }

    /** @return the runs of the distributed Map state {@code stateName}, in order of start */
    public java.util.List<MapRun> mapRuns(String stateName) {
        return mapRuns.stream().filter(r -> r.stateName().equals(stateName)).toList();
    }

    public boolean succeeded() {
        return status == ExecutionStatus.SUCCEEDED;
    }

    @Override
    public String toString() {
        return status == ExecutionStatus.SUCCEEDED ? "SUCCEEDED " + output
                : status + " " + error + (cause == null ? "" : ": " + cause);
    }
}
