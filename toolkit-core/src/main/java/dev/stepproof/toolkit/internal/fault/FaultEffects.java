package dev.stepproof.toolkit.internal.fault;

import com.fasterxml.jackson.databind.node.NullNode;
import dev.stepproof.toolkit.Fault;
import dev.stepproof.toolkit.internal.catalogue.IntegrationCatalogue;
import dev.stepproof.toolkit.spi.TaskInvocation;
import dev.stepproof.toolkit.spi.TaskInvoker;
import dev.stepproof.toolkit.spi.TaskResult;

import java.time.Duration;

/**
 * What a call returns when a fault fires: the {@link TaskResult} the interpreter then turns into TaskFailed,
 * TaskTimedOut or a late TaskSucceeded. A cause gets {@code suffix} (the chaos seed) appended, so a failure a
 * chaos plan caused says how to replay it.
 */
final class FaultEffects implements Fault.Visitor<TaskResult> {

    /**
     * "Never answers in time": a success that would arrive after any TimeoutSeconds, so the interpreter times the
     * task out at exactly its TimeoutSeconds. {@link TaskResult.Unresponsive} is not used for this because it
     * expires at the heartbeat window, which is what {@link Fault.StopHeartbeats} means.
     */
    static final Duration NEVER = Duration.ofMillis(Long.MAX_VALUE);

    private final TaskInvocation call;
    private final TaskInvoker delegate;
    private final IntegrationCatalogue catalogue;
    private final String suffix;

    FaultEffects(TaskInvocation call, TaskInvoker delegate, IntegrationCatalogue catalogue, String suffix) {
        this.call = call;
        this.delegate = delegate;
        this.catalogue = catalogue;
        this.suffix = suffix;
    }

    @Override
    public TaskResult fail(Fault.Fail fault) {
        return TaskResult.failure(fault.error(), withSuffix(fault.cause()));
    }

    @Override
    public TaskResult throttle(Fault.Throttle fault) {
        return catalogue.failure(call, "throttling")
                .map(f -> TaskResult.failure(f.error(), withSuffix(f.cause())))
                .orElseGet(() -> TaskResult.failure(catalogue.throttlingError(call.resourceType(), call.action()),
                        withSuffix("Rate exceeded")));
    }

    @Override
    public TaskResult timeOut(Fault.TimeOut fault) {
        return new TaskResult.Success(NullNode.getInstance(), NEVER);
    }

    @Override
    public TaskResult latency(Fault.Latency fault) {
        TaskResult result = delegate.invoke(call);
        if (result instanceof TaskResult.Success ok) {
            return new TaskResult.Success(ok.output(), ok.duration().plus(fault.delay()));
        }
        if (result instanceof TaskResult.Failure bad) {
            return new TaskResult.Failure(bad.error(), bad.cause(), bad.duration().plus(fault.delay()));
        }
        return result; // unresponsive (or null): a delay changes nothing
    }

    @Override
    public TaskResult stopHeartbeats(Fault.StopHeartbeats fault) {
        return TaskResult.unresponsive();
    }

    @Override
    public TaskResult loseResponse(Fault.LoseResponse fault) {
        Duration took = Duration.ZERO;
        try {
            TaskResult answered = delegate.invoke(call); // the side effects happen; only the answer is lost
            took = answered == null ? Duration.ZERO : answered.duration();
        } catch (RuntimeException lostToo) {
            // The handler failed, but its answer would have been lost all the same.
        }
        if (fault.error() == null) {
            return new TaskResult.Success(NullNode.getInstance(), NEVER);
        }
        return new TaskResult.Failure(fault.error(), withSuffix(fault.cause()), took);
    }

    private String withSuffix(String cause) {
        if (suffix.isEmpty()) {
            return cause;
        }
        return cause == null || cause.isEmpty() ? suffix.strip() : cause + suffix;
    }
}
