package dev.stepproof.toolkit.internal.interpret;

import dev.stepproof.toolkit.Callback;
import dev.stepproof.toolkit.TaskCallback;
import dev.stepproof.toolkit.spi.TaskInvocation;
import dev.stepproof.toolkit.spi.TaskResult;

import java.time.Instant;
import java.util.List;

/**
 * One attempt of a {@code .waitForTaskToken} Task that a {@link Callback} answers (D23): the API call goes to the
 * invoker (its answer is {@code TaskSubmitted}), then the declared SendTask* calls arrive at their virtual times
 * through the run's {@link CallbackDesk}, while TimeoutSeconds and the HeartbeatSeconds window run against them.
 * Windows are never cancelled: each expiry checks that it is still the current one.
 */
final class CallbackTask {

    private final TaskStep step;
    private final Visit visit;
    private final String token;
    private final long started;
    private final long limitMillis;
    private final Long heartbeatMillis;
    private boolean closed;
    private long heartbeatDeadline;

    CallbackTask(TaskStep step, Visit visit, String token, long started, long limitMillis, Long heartbeatMillis) {
        this.step = step;
        this.visit = visit;
        this.token = token;
        this.started = started;
        this.limitMillis = limitMillis;
        this.heartbeatMillis = heartbeatMillis;
    }

    void start(Callback declaration, TaskInvocation invocation) {
        Run run = visit.fiber.run;
        run.desk.open(token, this);
        run.scheduler.at(started + limitMillis, () -> expire(false, -1));
        if (heartbeatMillis != null && heartbeatMillis < limitMillis) {
            restartHeartbeatWindow(started);
        }
        TaskResult submit = step.invoke(visit, invocation);
        if (submit instanceof TaskResult.Unresponsive) {
            return; // the message never left, so nobody can answer: a window ends the task
        }
        run.scheduler.at(started + Math.max(0, submit.duration().toMillis()), () -> submitted(declaration, invocation, submit));
    }

    /** Whether the task still takes answers (AWS answers a closed task's token with TaskTimedOut). */
    boolean isOpen() {
        return !closed && !visit.fiber.isAborted();
    }

    private void submitted(Callback declaration, TaskInvocation invocation, TaskResult submit) {
        if (!isOpen()) {
            return;
        }
        if (submit instanceof TaskResult.Failure bad) {
            closed = true;
            step.failed(visit, bad.error(), bad.cause());
            return;
        }
        step.submitted(visit, ((TaskResult.Success) submit).output());
        List<TaskCallback> plan;
        try {
            plan = declaration.handler() == null ? declaration.callbacks()
                    : declaration.handler().apply(invocation.deepCopy());
        } catch (RuntimeException e) {
            fail("StepProof.CallbackHandlerError", "The callback handler of " + declaration + " threw "
                    + e.getClass().getSimpleName() + ": " + e.getMessage());
            return;
        }
        if (plan == null) {
            fail("StepProof.CallbackHandlerError", "The callback handler of " + declaration
                    + " returned null; return List.of() to send no callbacks.");
            return;
        }
        Run run = visit.fiber.run;
        long now = run.now();
        Instant start = Instant.ofEpochMilli(started);
        for (TaskCallback c : plan) {
            if (c == null) {
                continue;
            }
            // Nobody can answer before the token was sent: earlier times are delivered at TaskSubmitted.
            long at = Math.max(now, c.sendTime(start).toEpochMilli());
            run.desk.schedule(step.name, invocation.attempt(), c, c.token() != null ? c.token() : token, at);
        }
    }

    private void fail(String error, String cause) {
        closed = true;
        step.failed(visit, error, cause);
    }

    /** An accepted SendTask* call. */
    void accept(TaskCallback c) {
        switch (c.kind()) {
            case HEARTBEAT -> {
                if (heartbeatMillis != null && heartbeatMillis < limitMillis) {
                    restartHeartbeatWindow(visit.fiber.run.now());
                }
            }
            case SUCCESS -> {
                closed = true;
                step.finished(visit, TaskResult.success(c.output()));
            }
            case FAILURE -> fail(c.error(), c.cause());
        }
    }

    private void restartHeartbeatWindow(long from) {
        long deadline = from + heartbeatMillis;
        heartbeatDeadline = deadline;
        visit.fiber.run.scheduler.at(deadline, () -> expire(true, deadline));
    }

    private void expire(boolean heartbeat, long deadline) {
        if (!isOpen() || (heartbeat && deadline != heartbeatDeadline)) {
            return; // answered already, or a later heartbeat moved the window
        }
        closed = true;
        step.timedOut(visit, heartbeat);
    }
}
