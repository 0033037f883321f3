package dev.stepproof.toolkit.internal.mock;

import dev.stepproof.toolkit.internal.catalogue.IntegrationCatalogue;
import dev.stepproof.toolkit.spi.TaskInvocation;
import dev.stepproof.toolkit.spi.TaskResult;

import java.time.Duration;
import java.util.Objects;

/**
 * One entry of a mock's response sequence: a reply, the virtual latency added to it, and how many consecutive
 * calls it serves.
 *
 * @param reply what to answer
 * @param delay virtual time added to the reply's own duration; never null, {@link Duration#ZERO} for none
 * @param times how many calls this step serves before the next one takes over; at least 1
 */
public record ResponseStep(Reply reply, Duration delay, int times) {

    public ResponseStep {
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(delay, "delay");
        if (times < 1) {
            throw new IllegalArgumentException("times(" + times + "): expected at least 1");
        }
    }

    /** @return the reply's result with the delay added, or null when a handler returned null */
    TaskResult produce(TaskInvocation call, IntegrationCatalogue catalogue) {
        TaskResult result = reply.produce(call, catalogue);
        if (delay.isZero() || result == null) {
            return result;
        }
        if (result instanceof TaskResult.Success ok) {
            return new TaskResult.Success(ok.output(), ok.duration().plus(delay));
        }
        if (result instanceof TaskResult.Failure bad) {
            return new TaskResult.Failure(bad.error(), bad.cause(), bad.duration().plus(delay));
        }
        return result; // unresponsive: the task's own timeout decides when it ends
    }
}
