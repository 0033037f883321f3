package dev.stepproof.toolkit.internal.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.catalogue.IntegrationCatalogue;
import dev.stepproof.toolkit.spi.TaskInvocation;
import dev.stepproof.toolkit.spi.TaskResult;

import java.util.Objects;
import java.util.function.Function;

/**
 * What one response of a mock does, before any virtual delay is added. Fixed JSON is deep-copied once, at
 * definition, and then shared by every call (the interpreter never mutates a result, D11). What crosses into
 * and out of a user's handler is copied on every call, so a fake may keep and later change what it stored.
 */
public sealed interface Reply {

    /**
     * @return the result, or null when a handler returned null (the dispatcher reports that); handlers may throw
     */
    TaskResult produce(TaskInvocation call, IntegrationCatalogue catalogue);

    /** Returns {@code output} exactly as given: the task's raw result. */
    record Raw(JsonNode output) implements Reply {
        public Raw {
            Objects.requireNonNull(output, "output");
        }

        @Override
        public TaskResult produce(TaskInvocation call, IntegrationCatalogue catalogue) {
            return TaskResult.success(output);
        }
    }

    /** Returns a business payload inside the integration's response envelope. */
    record Payload(JsonNode payload) implements Reply {
        public Payload {
            Objects.requireNonNull(payload, "payload");
        }

        @Override
        public TaskResult produce(TaskInvocation call, IntegrationCatalogue catalogue) {
            return TaskResult.success(catalogue.wrap(call.resourceType(), call.responseAction(), payload, call.parameters()));
        }
    }

    /** Fails with an error name and cause. */
    record Fail(String error, String cause) implements Reply {
        public Fail {
            Objects.requireNonNull(error, "error must not be null");
        }

        @Override
        public TaskResult produce(TaskInvocation call, IntegrationCatalogue catalogue) {
            return TaskResult.failure(error, cause);
        }
    }

    /** Fails with the integration's throttling error, e.g. {@code Lambda.TooManyRequestsException}. */
    record Throttle() implements Reply {
        @Override
        public TaskResult produce(TaskInvocation call, IntegrationCatalogue catalogue) {
            return TaskResult.failure(catalogue.throttlingError(call.resourceType(), call.action()), MockErrors.THROTTLING_CAUSE);
        }
    }

    /** Never answers: the task times out after its heartbeat or timeout window. */
    record Hang() implements Reply {
        @Override
        public TaskResult produce(TaskInvocation call, IntegrationCatalogue catalogue) {
            return TaskResult.unresponsive();
        }
    }

    /**
     * Asks a user's handler.
     *
     * @param handler computes a JSON value from the call
     * @param wrap    whether that value is a business payload to wrap in the envelope, or the raw result
     */
    record JsonHandler(Function<TaskInvocation, JsonNode> handler, boolean wrap) implements Reply {
        public JsonHandler {
            Objects.requireNonNull(handler, "handler must not be null");
        }

        @Override
        public TaskResult produce(TaskInvocation call, IntegrationCatalogue catalogue) {
            JsonNode value = handler.apply(copyOf(call));
            if (value == null) {
                return null;
            }
            JsonNode own = value.deepCopy();
            return TaskResult.success(wrap ? catalogue.wrap(call.resourceType(), call.responseAction(), own, call.parameters()) : own);
        }
    }

    /** Asks a user's handler for the whole {@link TaskResult}: success, failure or unresponsive, with a duration. */
    record ResultHandler(Function<TaskInvocation, TaskResult> handler) implements Reply {
        public ResultHandler {
            Objects.requireNonNull(handler, "handler must not be null");
        }

        @Override
        public TaskResult produce(TaskInvocation call, IntegrationCatalogue catalogue) {
            TaskResult result = handler.apply(copyOf(call));
            return result instanceof TaskResult.Success ok
                    ? new TaskResult.Success(ok.output().deepCopy(), ok.duration()) : result;
        }
    }

    private static TaskInvocation copyOf(TaskInvocation call) {
        return call.deepCopy();
    }
}
