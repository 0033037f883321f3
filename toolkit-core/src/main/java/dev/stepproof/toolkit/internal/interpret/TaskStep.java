package dev.stepproof.toolkit.internal.interpret;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepproof.toolkit.internal.dataflow.ReferenceValue;
import dev.stepproof.toolkit.internal.dataflow.StatesError;
import dev.stepproof.toolkit.internal.jsonata.JsonataValue;
import dev.stepproof.toolkit.model.TaskState;
import dev.stepproof.toolkit.spi.TaskInvocation;
import dev.stepproof.toolkit.spi.TaskResult;

import java.time.Instant;

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
        TaskResult result = invoke(v, params);
        long limitMillis = (timeout == null ? DEFAULT_TIMEOUT_SECONDS : timeout) * 1000L;
        if (result instanceof TaskResult.Unresponsive) {
            // No answer and no heartbeats: the heartbeat window closes first, if there is one.
            long window = heartbeat == null ? limitMillis : Math.min(limitMillis, heartbeat * 1000L);
            f.run.scheduler.at(started + window, () -> timedOut(v));
            return;
        }
        long took = Math.max(0, result.duration().toMillis());
        if (took > limitMillis) {
            f.run.scheduler.at(started + limitMillis, () -> timedOut(v));
            return;
        }
        f.run.scheduler.at(started + took, () -> finished(v, result));
    }

    private TaskResult invoke(Visit v, JsonNode params) {
        TaskInvocation invocation = new TaskInvocation(name, resource.arn(), resource.resourceType(), resource.action(),
                params, v.retryCount + 1, v.context(), Instant.ofEpochMilli(v.fiber.run.now()));
        try {
            TaskResult r = v.fiber.run.options.taskInvoker().invoke(invocation);
            return r != null ? r : TaskResult.failure("StepProof.TaskInvokerError",
                    "The TaskInvoker returned null for state '" + name + "'; return TaskResult.success(...) or failure(...).");
        } catch (RuntimeException e) {
            // A user's handler threw: report it as the task's failure, as Lambda reports an unhandled exception.
            return TaskResult.failure(e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
        }
    }

    private void timedOut(Visit v) {
        if (v.fiber.isAborted()) {
            return;
        }
        v.fiber.event(resource.timedOutType(), name, null, StatesError.TIMEOUT, null, resource.typeDetails());
        handleFailure(v, new Failure(StatesError.TIMEOUT, null, true));
    }

    private void finished(Visit v, TaskResult result) {
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

    private void failed(Visit v, String error, String cause) {
        v.fiber.event(resource.failedType(), name, null, error, cause, resource.typeDetails());
        handleFailure(v, new Failure(error, cause, true));
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
