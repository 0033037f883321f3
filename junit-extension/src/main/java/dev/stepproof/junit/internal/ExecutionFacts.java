package dev.stepproof.junit.internal;

import dev.stepproof.toolkit.Decision;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.HistoryEvent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What assertions and the failure report ask of an execution, answered from its history and decisions: how
 * often a state was entered, retried, which errors its Catchers caught, and every Task call with its result.
 * Not API.
 *
 * @since 0.1.0
 */
public final class ExecutionFacts {

    private static final int MAX_CHAIN = 6;

    private ExecutionFacts() {
    }

    /** @return how many times {@code state} was entered (nested branches and iterations included) */
    public static long visits(Execution execution, String state) {
        return execution.history().statesEntered().stream().filter(state::equals).count();
    }

    /** @return how many times a Retrier of {@code state} retried it */
    public static long retries(Execution execution, String state) {
        return execution.decisions().stream()
                .filter(d -> d.kind() == Decision.Kind.RETRY && d.state().equals(state))
                .count();
    }

    /**
     * The errors the Catchers of {@code state} caught, in order. An element is null when the history does not
     * name the error: AWS records none for a failed Parallel or Map state, and none at all when history
     * recording is off.
     */
    public static List<String> caughtErrors(Execution execution, String state) {
        List<HistoryEvent> events = execution.history().events();
        if (events.isEmpty()) {
            long catches = execution.decisions().stream()
                    .filter(d -> d.kind() == Decision.Kind.CATCH && d.state().equals(state)).count();
            return Collections.nCopies((int) catches, null);
        }
        Map<Long, HistoryEvent> byId = new HashMap<>();
        events.forEach(e -> byId.put(e.id(), e));
        List<String> errors = new ArrayList<>();
        for (HistoryEvent e : events) {
            // A state exits right after a failure event only when a Catcher handled that failure.
            HistoryEvent previous = byId.get(e.previousEventId());
            if (e.type().endsWith("StateExited") && state.equals(e.stateName()) && previous != null && isFailure(previous)) {
                errors.add(previous.error());
            }
        }
        return errors;
    }

    /** @return every Task call, in the order the calls were scheduled */
    public static List<TaskCall> taskCalls(Execution execution) {
        List<HistoryEvent> events = execution.history().events();
        Map<Long, List<HistoryEvent>> next = new HashMap<>();
        events.forEach(e -> next.computeIfAbsent(e.previousEventId(), id -> new ArrayList<>()).add(e));
        Map<String, Integer> numbers = new HashMap<>();
        List<TaskCall> calls = new ArrayList<>();
        String entered = null;
        for (HistoryEvent e : events) {
            if (e.type().endsWith("StateEntered")) {
                entered = e.stateName();
            } else if (isScheduling(e)) {
                // Scheduling events name their state; the entered state is a fallback for histories that do not.
                String state = e.stateName() != null ? e.stateName() : entered;
                int number = numbers.merge(state, 1, Integer::sum);
                calls.add(new TaskCall(state, number, e.payload(), resultOf(e, next)));
            }
        }
        return calls;
    }

    /** @return the calls of Task state {@code state}, in order */
    public static List<TaskCall> taskCalls(Execution execution, String state) {
        return taskCalls(execution).stream().filter(c -> state.equals(c.state())).toList();
    }

    private static HistoryEvent resultOf(HistoryEvent scheduled, Map<Long, List<HistoryEvent>> next) {
        // Follow the call's own event chain (Scheduled -> Started -> [Submitted] -> Succeeded/Failed/TimedOut),
        // which stays correct when Parallel branches interleave their events.
        String family = family(scheduled.type());
        HistoryEvent current = scheduled;
        for (int depth = 0; depth < MAX_CHAIN && current != null; depth++) {
            HistoryEvent following = null;
            for (HistoryEvent candidate : next.getOrDefault(current.id(), List.of())) {
                if (candidate.type().startsWith(family)) {
                    following = candidate;
                    break;
                }
            }
            if (following != null && isEnd(following)) {
                return following;
            }
            current = following;
        }
        return null;
    }

    private static boolean isScheduling(HistoryEvent e) {
        return e.type().equals("TaskScheduled") || e.type().equals("LambdaFunctionScheduled")
                || e.type().equals("ActivityScheduled");
    }

    private static String family(String schedulingType) {
        return schedulingType.substring(0, schedulingType.length() - "Scheduled".length());
    }

    private static boolean isEnd(HistoryEvent e) {
        return e.type().endsWith("Succeeded") || isFailure(e);
    }

    private static boolean isFailure(HistoryEvent e) {
        String type = e.type();
        return type.endsWith("Failed") || type.endsWith("TimedOut") || type.endsWith("Aborted");
    }
}
