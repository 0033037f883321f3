package dev.stepproof.toolkit;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Objects;

/**
 * One run of a distributed Map state (AWS's "Map Run"): the child executions it started and how they ended. The
 * counts are always kept; the child executions themselves are kept for failed children (the first
 * {@link #MAX_FAILURES_KEPT}) and, when {@link ExecutionOptions#withChildExecutions(boolean)} is on, for all of
 * them with their histories. A Map that is retried has one Map Run per attempt.
 *
 * @param mapRunArn  {@code arn:aws:states:<region>:<account>:mapRun:<machine>/<Label or state name>:<id>}
 * @param stateName  the Map state's name
 * @param status     SUCCEEDED, FAILED (tolerated failures exceeded, reader or writer failed) or ABORTED (the
 *                   parent execution or state stopped it)
 * @param error      the Map Run's error when FAILED, else null
 * @param cause      the Map Run's cause when FAILED, else null
 * @param started    child executions started (items or batches)
 * @param succeeded  child executions that succeeded
 * @param failed     child executions that failed or timed out
 * @param aborted    child executions stopped because the Map Run ended first
 * @param children   the kept child executions in order of their end, see above
 * @since 0.1.0
 */
public record MapRun(String mapRunArn, String stateName, ExecutionStatus status, String error, String cause,
                     long started, long succeeded, long failed, long aborted, List<ChildExecution> children) {

    /** How many failed child executions are kept when not all are. */
    public static final int MAX_FAILURES_KEPT = 1_000;

    public MapRun {
        Objects.requireNonNull(mapRunArn, "mapRunArn");
        Objects.requireNonNull(status, "status");
        children = List.copyOf(children);
    }

    /** @return the kept child executions that did not succeed */
    public List<ChildExecution> failures() {
        return children.stream().filter(c -> c.status() != ExecutionStatus.SUCCEEDED).toList();
    }

    /**
     * One child execution of a Map Run.
     *
     * @param index        the index of its item (or of its batch, with an ItemBatcher)
     * @param executionArn the child execution's ARN
     * @param status       how it ended
     * @param input        its input (the item or batch, after ItemSelector)
     * @param output       its output when it succeeded, else null
     * @param error        its error when it failed, else null
     * @param cause        its cause when it failed, else null
     * @param history      its own history (child events are not in the parent's); empty unless all child
     *                     executions are kept
     * @since 0.1.0
     */
    public record ChildExecution(long index, String executionArn, ExecutionStatus status, JsonNode input,
                                 JsonNode output, String error, String cause, ExecutionHistory history) {
        public ChildExecution {
            Objects.requireNonNull(executionArn, "executionArn");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(history, "history");
        }
    }
}
