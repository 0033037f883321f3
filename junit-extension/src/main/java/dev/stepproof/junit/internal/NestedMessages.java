package dev.stepproof.junit.internal;

import dev.stepproof.toolkit.CallbackDelivery;
import dev.stepproof.toolkit.ChildExecution;
import dev.stepproof.toolkit.ExecutionStatus;
import dev.stepproof.toolkit.MapRun;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Messages for assertions on what an execution started or received: distributed Map Runs, callbacks and
 * child executions. Not API.
 *
 * @since 0.1.0
 */
public final class NestedMessages {

    private NestedMessages() {
    }

    /** {@code Expecting state 'Rows' to have started a Map Run but it started none; path: [...]} */
    public static ErrorMessageFactory shouldHaveMapRun(List<String> path, String state) {
        return new Message(r -> "Expecting state '" + state + "' to have started a Map Run but it started none "
                + "(is it a distributed Map, and was it entered?); path: " + Message.path(path));
    }

    /** {@code Expecting the Map Run of state 'Rows' to have ended SUCCEEDED but it ended FAILED with error 'X' …; items: …} */
    public static ErrorMessageFactory shouldHaveMapRunStatus(MapRun run, String expected) {
        return new Message(r -> "Expecting the Map Run of state '" + run.stateName() + "' to have " + expected
                + " but it " + mapRunOutcome(run) + "; items: " + counts(run));
    }

    /** {@code Expecting the Map Run of state 'Rows' to have item counts succeeded 2, failed 0, total 2 but they were …} */
    public static ErrorMessageFactory shouldHaveItemCounts(MapRun run, long succeeded, long failed, long total) {
        return new Message(r -> "Expecting the Map Run of state '" + run.stateName() + "' to have item counts succeeded "
                + succeeded + ", failed " + failed + ", total " + total + " but they were " + counts(run));
    }

    /** @return e.g. {@code succeeded 2, failed 1, aborted 0, total 3} */
    public static String counts(MapRun run) {
        return "succeeded " + run.succeeded() + ", failed " + run.failed() + ", aborted " + run.aborted()
                + ", total " + run.started();
    }

    /** @return e.g. {@code SUCCEEDED} or {@code FAILED with error 'X' and cause 'Y'} */
    public static String mapRunOutcome(MapRun run) {
        return run.status() == ExecutionStatus.SUCCEEDED ? "SUCCEEDED"
                : run.status() + " " + Outcomes.errorAndCause(run.error(), run.cause());
    }

    /** {@code Expecting callbacks of state 'Approve' to have had outcomes [ACCEPTED] but they had [TASK_TIMED_OUT]; …} */
    public static ErrorMessageFactory shouldHaveOutcomes(String state, List<CallbackDelivery.Outcome> expected,
                                                         List<CallbackDelivery> deliveries) {
        return new Message(r -> "Expecting " + callbacksOf(state) + " to have had outcomes " + expected + " but they had "
                + deliveries.stream().map(CallbackDelivery::outcome).toList() + deliveries(deliveries));
    }

    /** {@code Expecting every callback of state 'Approve' to have been accepted but …} */
    public static ErrorMessageFactory shouldAllBeAccepted(String state, List<CallbackDelivery> deliveries) {
        String what = deliveries.isEmpty() ? "none was sent"
                : deliveries.stream().filter(d -> !d.accepted()).count() + " of " + deliveries.size() + " were not";
        return new Message(r -> "Expecting every one of the " + callbacksOf(state) + " to have been accepted but "
                + what + deliveries(deliveries));
    }

    /** {@code Expecting 2 callbacks of state 'Approve' to have been sent but 1 was (and 1 was not sent …)} */
    public static ErrorMessageFactory shouldHaveSent(String state, int expected, List<CallbackDelivery> deliveries) {
        long sent = deliveries.stream().filter(d -> d.outcome() != CallbackDelivery.Outcome.NOT_SENT).count();
        return new Message(r -> "Expecting " + expected + " of the " + callbacksOf(state) + " to have been sent but "
                + sent + (sent == 1 ? " was" : " were") + deliveries(deliveries));
    }

    private static String callbacksOf(String state) {
        return state == null ? "callbacks" : "callbacks of state '" + state + "'";
    }

    private static String deliveries(List<CallbackDelivery> deliveries) {
        return deliveries.stream().map(d -> "\n  " + d.callback().kind() + " to '" + d.stateName() + "' attempt "
                        + d.attempt() + " at " + d.time() + ": " + d.outcome()
                        + (d.outcome().apiError() == null ? "" : " (" + d.outcome().apiError() + ")"))
                .collect(Collectors.joining("", deliveries.isEmpty() ? "" : "\ncallbacks:", ""));
    }

    /** {@code Expecting actual execution not to be null} (navigating from a null execution) */
    public static ErrorMessageFactory shouldBeAnExecution() {
        return new Message(r -> "Expecting actual execution not to be null");
    }

    /** {@code Expecting a child execution number 2 but the execution started 1: [Pay]; path: [...]} */
    public static ErrorMessageFactory shouldHaveChild(List<String> path, String which, List<ChildExecution> children) {
        return new Message(r -> "Expecting " + which + " but the execution started " + children.size()
                + " child execution(s)" + (children.isEmpty() ? "" : ": "
                + children.stream().map(ChildExecution::stateName).toList()) + "; path: " + Message.path(path));
    }
}
