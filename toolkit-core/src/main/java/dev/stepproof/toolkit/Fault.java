package dev.stepproof.toolkit;

import java.time.Duration;
import java.util.Objects;

/**
 * One kind of trouble a {@link FaultPlan} can inject into a Task call. Each is a value; the plan decides when it
 * applies. How each one shows up in an execution:
 * <table>
 *   <caption>Faults and their effect</caption>
 *   <tr><th>fault</th><th>the wrapped invoker</th><th>the task</th></tr>
 *   <tr><td>{@link Fail}</td><td>not called</td><td>fails with the given error and cause</td></tr>
 *   <tr><td>{@link Throttle}</td><td>not called</td><td>fails with the integration's throttling error and cause
 *       (e.g. {@code Lambda.TooManyRequestsException}, {@code DynamoDB.ProvisionedThroughputExceededException})</td></tr>
 *   <tr><td>{@link TimeOut}</td><td>not called</td><td>times out with {@code States.Timeout} after its
 *       TimeoutSeconds (HeartbeatSeconds is not what expires: the call is merely slow)</td></tr>
 *   <tr><td>{@link Latency}</td><td>called</td><td>its result arrives later by the delay (virtual time), which may
 *       push it past TimeoutSeconds</td></tr>
 *   <tr><td>{@link StopHeartbeats}</td><td>not called</td><td>times out with {@code States.Timeout} after its
 *       HeartbeatSeconds, or TimeoutSeconds when it has none (a worker that died)</td></tr>
 *   <tr><td>{@link LoseResponse}</td><td><b>called</b>: its side effects happen</td><td>never sees the answer:
 *       times out after TimeoutSeconds, or fails with the given error</td></tr>
 * </table>
 *
 * @since 0.1.0
 */
public sealed interface Fault permits Fault.Fail, Fault.Throttle, Fault.TimeOut, Fault.Latency,
        Fault.StopHeartbeats, Fault.LoseResponse {

    /** @return a short description for logs and failure messages, e.g. {@code throttle} or {@code latency PT1.5S} */
    String describe();

    /** Calls the visitor's method for this fault (exhaustive by construction: one method per permitted type). */
    <R> R accept(Visitor<R> visitor);

    /** One method per fault type; adding a fault type breaks every visitor at compile time, as it should. */
    interface Visitor<R> {
        R fail(Fail fault);

        R throttle(Throttle fault);

        R timeOut(TimeOut fault);

        R latency(Latency fault);

        R stopHeartbeats(StopHeartbeats fault);

        R loseResponse(LoseResponse fault);
    }

    /**
     * The call fails with {@code error} and {@code cause}, as the service would report them.
     *
     * @param error never null, e.g. {@code Payment.Declined}
     * @param cause may be null (no cause)
     */
    record Fail(String error, String cause) implements Fault {
        public Fail {
            Objects.requireNonNull(error, "error");
        }

        @Override
        public String describe() {
            return "fail " + error;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.fail(this);
        }
    }

    /** The service throttles the call: the integration's own throttling error, from the integration catalogue. */
    record Throttle() implements Fault {
        @Override
        public String describe() {
            return "throttle";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.throttle(this);
        }
    }

    /** The call never completes in time: the task times out after its TimeoutSeconds, in virtual time. */
    record TimeOut() implements Fault {
        @Override
        public String describe() {
            return "time out";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.timeOut(this);
        }
    }

    /**
     * The call is answered {@code delay} later than the wrapped invoker says, in virtual time.
     *
     * @param delay never null or negative
     */
    record Latency(Duration delay) implements Fault {
        public Latency {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("A latency fault's delay must not be negative, but was " + delay);
            }
        }

        @Override
        public String describe() {
            return "latency " + delay;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.latency(this);
        }
    }

    /** The worker stops answering and sends no heartbeats: the task times out at its heartbeat window. */
    record StopHeartbeats() implements Fault {
        @Override
        public String describe() {
            return "stop heartbeats";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.stopHeartbeats(this);
        }
    }

    /**
     * The call reaches the service and its side effects happen, but the response is lost on the way back: the
     * task times out ({@code error} null) or fails with {@code error}. The way to test that retries are idempotent.
     *
     * @param error the error the caller sees, or null for a timeout
     * @param cause the cause with {@code error}; ignored for a timeout
     */
    record LoseResponse(String error, String cause) implements Fault {
        @Override
        public String describe() {
            return error == null ? "lose response (time out)" : "lose response (" + error + ")";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.loseResponse(this);
        }
    }
}
