package dev.stepproof.toolkit.internal.interpret;

import dev.stepproof.toolkit.CallbackDelivery;
import dev.stepproof.toolkit.TaskCallback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The execution's side of SendTaskSuccess/Failure/Heartbeat (D23): which tokens were issued to which callback
 * task, the callbacks still to be sent, and the outcome of every one sent. A token no task was given gets
 * {@code InvalidToken}; a closed task's token (answered, timed out, aborted, an earlier attempt) {@code TaskTimedOut}.
 */
final class CallbackDesk {

    /** A callback waiting for its virtual time. */
    private record Pending(long seq, String stateName, int attempt, TaskCallback callback, String token, long at) {
    }

    private final Run run;
    private final Map<String, CallbackTask> tasks = new HashMap<>();
    private final Set<Pending> pending = new LinkedHashSet<>();
    private final List<CallbackDelivery> deliveries = new ArrayList<>();
    private long scheduled;

    CallbackDesk(Run run) {
        this.run = run;
    }

    void open(String token, CallbackTask task) {
        tasks.put(token, task);
    }

    void schedule(String stateName, int attempt, TaskCallback callback, String token, long at) {
        Pending p = new Pending(scheduled++, stateName, attempt, callback, token, at);
        pending.add(p);
        run.scheduler.at(at, () -> deliver(p));
    }

    private void deliver(Pending p) {
        pending.remove(p);
        CallbackTask task = tasks.get(p.token());
        CallbackDelivery.Outcome outcome = task == null ? CallbackDelivery.Outcome.INVALID_TOKEN
                : task.isOpen() ? CallbackDelivery.Outcome.ACCEPTED : CallbackDelivery.Outcome.TASK_TIMED_OUT;
        // Recorded before the task reacts: accepting may end the execution, which reads this list.
        deliveries.add(new CallbackDelivery(p.stateName(), p.attempt(), p.callback(), p.token(),
                Instant.ofEpochMilli(run.now()), outcome));
        if (outcome == CallbackDelivery.Outcome.ACCEPTED) {
            task.accept(p.callback());
        }
    }

    /** @return the outcomes so far, then the callbacks the execution ended before, in time order, as NOT_SENT */
    List<CallbackDelivery> deliveries() {
        List<CallbackDelivery> all = new ArrayList<>(deliveries);
        pending.stream().sorted(java.util.Comparator.comparingLong(Pending::at))
                .forEach(p -> all.add(new CallbackDelivery(p.stateName(), p.attempt(), p.callback(), p.token(),
                        Instant.ofEpochMilli(p.at()), CallbackDelivery.Outcome.NOT_SENT)));
        return all;
    }
}
