package dev.stepproof.toolkit.internal.interpret;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepproof.toolkit.Callback;
import dev.stepproof.toolkit.internal.dataflow.ReferenceValue;
import dev.stepproof.toolkit.internal.dataflow.StatesError;
import dev.stepproof.toolkit.internal.jsonata.JsonataValue;
import dev.stepproof.toolkit.model.TaskState;
import dev.stepproof.toolkit.spi.TaskInvocation;
import dev.stepproof.toolkit.spi.TaskResult;

import java.time.Instant;
import java.util.Optional;

/**
 * Task: schedules the call, asks the {@link dev.stepproof.toolkit.spi.TaskInvoker}, enforces the timeout. In
 * JSONata the parameters are the Arguments (default: the input) and the timeouts may be expressions.
 */
final class TaskStep extends WorkStep {
    /** AWS's default task timeout. */
    static final long DEFAULT_TIMEOUT_SECONDS = 99_999_999L;

    private final Flow.Template parameters;
    private final TaskResource resource;
    private final Long timeoutSeconds;
    private final ReferenceValue timeoutPath;
    private final Long heartbeatSeconds;
    private final boolean callback;
    private final ReferenceValue heartbeatPath;
    private final JsonataValue arguments;
    private final JsonataNumber timeoutExpression;
    private final JsonataNumber heartbeatExpression;

    TaskStep(TaskState s, boolean jsonata) {
        super(s, "Task", Io.of(jsonata, s.inputPath(), s.resultSelector(), s.resultPath(), s.outputPath(), s.assign(),
                s.output()));
        parameters = jsonata ? null : Flow.template(s.parameters());
        arguments = jsonata ? JsonataValue.compile(s.arguments(), "Arguments") : null;
        resource = TaskResource.parse(s.resource());
        callback = s.resource() != null && s.resource().endsWith(".waitForTaskToken");
        timeoutSeconds = s.timeoutSeconds() == null || s.timeoutSeconds().asLong().isEmpty() ? null
                : s.timeoutSeconds().asLong().getAsLong();
        timeoutPath = Flow.reference(s.timeoutSecondsPath(), "TimeoutSecondsPath");
        heartbeatPath = Flow.reference(s.heartbeatSecondsPath(), "HeartbeatSecondsPath");
        heartbeatSeconds = s.heartbeatSeconds() == null || s.heartbeatSeconds().asLong().isEmpty() ? null
                : s.heartbeatSeconds().asLong().getAsLong();
        timeoutExpression = JsonataNumber.positive(s.timeoutSeconds(), "TimeoutSeconds");
        heartbeatExpression = JsonataNumber.positive(s.heartbeatSeconds(), "HeartbeatSeconds");
    }

    @Override
    void attempt(Visit v) {
        if (callback) {
            v.taskToken(token(v));
        }
        JsonNode params = jsonata != null ? arguments(v, arguments) : effectiveInput(v, parameters);
        Long timeout = timeoutExpression != null ? Long.valueOf(timeoutExpression.evaluateLong(v))
                : seconds(v, timeoutPath, timeoutSeconds, "TimeoutSecondsPath");
        Long heartbeat = heartbeatExpression != null ? Long.valueOf(heartbeatExpression.evaluateLong(v))
                : seconds(v, heartbeatPath, heartbeatSeconds, "HeartbeatSecondsPath");
        Fiber f = v.fiber;
        f.event(resource.scheduledType(), name, params, null, null, resource.scheduledDetails(f.run.options.region(), timeout, heartbeat));
        f.event(resource.startedType(), name, null, null, null, resource.typeDetails());
        long started = f.run.now();
        long limitMillis = (timeout == null ? DEFAULT_TIMEOUT_SECONDS : timeout) * 1000L;
        if (NestedRun.handles(resource, f.run.options) && NestedRun.start(this, v, params, started, limitMillis)) {
            return;
        }
        TaskInvocation invocation = invocation(v, params, false);
        if (callback) {
            Optional<Callback> answering = f.run.options.callbacks().answering(invocation);
            if (answering.isPresent()) {
                new CallbackTask(this, v, v.taskToken(), started, limitMillis, heartbeat == null ? null : heartbeat * 1000L)
                        .start(answering.get(), invocation(v, params, true));
                return;
            }
        }
        TaskResult result = invoke(v, invocation);
        if (startsJob(result)) {
            // AWS writes TaskSubmitted with the start call's response (RunTask, StartJobRun, …) before the job ends.
            submitted(v, dev.stepproof.toolkit.internal.catalogue.IntegrationCatalogue.standard().wrap(
                    new TaskInvocation(name, resource.arn(), resource.resourceType(), resource.jobStartAction(),
                            params, invocation.attempt(), invocation.context(), invocation.time()), null));
        }
        if (result instanceof TaskResult.Unresponsive) {
            // No answer and no heartbeats: the heartbeat window closes first, if there is one.
            boolean byHeartbeat = heartbeat != null && heartbeat * 1000L < limitMillis;
            long window = byHeartbeat ? heartbeat * 1000L : limitMillis;
            f.run.scheduler.at(started + window, () -> timedOut(v, byHeartbeat));
            return;
        }
        finishAfter(v, started, limitMillis, result.duration().toMillis(), () -> finished(v, result));
    }

    /**
     * Whether an invoker's answer to a {@code .sync} job means the job was started: a result, or the job's own
     * failure ({@code States.TaskFailed}); a throttled or refused start call never submitted anything.
     */
    private boolean startsJob(TaskResult result) {
        return resource.jobStartAction() != null && (result instanceof TaskResult.Success
                || result instanceof TaskResult.Failure f && "States.TaskFailed".equals(f.error()));
    }

    /** Runs {@code done} {@code took} ms after {@code started}, or times the task out if that is past its limit. */
    void finishAfter(Visit v, long started, long limitMillis, long took, Runnable done) {
        long after = Math.max(0, took);
        if (after > limitMillis) {
            v.fiber.run.scheduler.at(started + limitMillis, () -> timedOut(v, false));
            return;
        }
        v.fiber.run.scheduler.at(started + after, done);
    }

    TaskInvocation invocation(Visit v, JsonNode params, boolean awaitsCallback) {
        return new TaskInvocation(name, resource.arn(), resource.resourceType(), resource.action(),
                params, v.retryCount + 1, v.context(), Instant.ofEpochMilli(v.fiber.run.now()), awaitsCallback);
    }

    TaskResult invoke(Visit v, TaskInvocation invocation) {
        try {
            TaskResult r = v.fiber.run.options.taskInvoker().invoke(invocation);
            return r != null ? r : TaskResult.failure("StepProof.TaskInvokerError",
                    "The TaskInvoker returned null for state '" + name + "'; return TaskResult.success(...) or failure(...).");
        } catch (RuntimeException e) {
            // A user's handler threw: report it as the task's failure, as Lambda reports an unhandled exception.
            return TaskResult.failure(e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
        }
    }

    /** The task's TimeoutSeconds, or its HeartbeatSeconds window ({@code heartbeat}), ran out. */
    void timedOut(Visit v, boolean heartbeat) {
        if (v.fiber.isAborted()) {
            return;
        }
        v.fiber.event(resource.timedOutType(), name, null, StatesError.TIMEOUT, null, resource.typeDetails());
        handleFailure(v, new Failure(StatesError.TIMEOUT, null, true,
                heartbeat ? Failure.Kind.HEARTBEAT_TIMEOUT : Failure.Kind.ORDINARY));
    }

    /** @return the integration's action with its pattern suffix, e.g. {@code startExecution.sync:2} */
    String resourceAction() {
        return resource.action();
    }

    /** Writes {@code TaskSubmitted}: the API call of a callback or {@code .sync} task answered. */
    void submitted(Visit v, JsonNode output) {
        v.fiber.event("TaskSubmitted", name, output, null, null, resource.typeDetails());
    }

    void finished(Visit v, TaskResult result) {
        if (v.fiber.isAborted()) {
            return;
        }
        if (result instanceof TaskResult.Success ok) {
            int limit = v.fiber.run.options.limits().maxPayloadBytes();
            if (v.fiber.run.sizer.exceeds(ok.output(), limit)) {
                failed(v, StatesError.DATA_LIMIT_EXCEEDED, "The state/task '" + resource.dataLimitName()
                        + "' returned a result with a size exceeding the maximum number of bytes service limit.");
                return;
            }
            v.fiber.event(resource.succeededType(), name, ok.output(), null, null, resource.typeDetails());
            completed(v, ok.output());
        } else {
            TaskResult.Failure bad = (TaskResult.Failure) result;
            failed(v, bad.error(), bad.cause());
        }
    }

    void failed(Visit v, String error, String cause) {
        v.fiber.event(resource.failedType(), name, null, error, cause, resource.typeDetails());
        handleFailure(v, new Failure(error, cause, true,
                error == null ? Failure.Kind.EMPTY_TASK_FAILURE : Failure.Kind.ORDINARY));
    }

    /**
     * A task token that is unique per execution, state, entry and attempt, and the same on every run with the
     * same options (tokens are opaque to workflows; determinism keeps histories comparable).
     */
    private String token(Visit v) {
        String seed = v.fiber.run.options.executionArn() + "/" + name + "/" + v.enteredEventId + "/" + v.retryCount;
        return java.util.UUID.nameUUIDFromBytes(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    /** A positive whole number of seconds from a literal or a {@code …SecondsPath} (resolved against the raw input). */
    private static Long seconds(Visit v, ReferenceValue path, Long literal, String field) {
        if (path == null) {
            return literal;
        }
        JsonNode value = path.resolve(v.input(v.rawInput));
        if (!value.canConvertToExactIntegral() || value.asLong() <= 0) {
            throw StatesError.runtime("The " + field + " parameter references an invalid value: " + path.text()
                    + " == " + value + "; it must be a positive integer.");
        }
        return value.asLong();
    }

    static ObjectNode details() {
        return Json.NODES.objectNode();
    }
}
