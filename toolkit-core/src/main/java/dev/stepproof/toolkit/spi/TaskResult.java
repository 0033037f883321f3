package dev.stepproof.toolkit.spi;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Objects;

/**
 * What a task attempt produced: a result or a failure, and how long it took in virtual time.
 *
 * @since 0.1.0
 */
public sealed interface TaskResult permits TaskResult.Success, TaskResult.Failure, TaskResult.Unresponsive {

    /** @return virtual time the attempt took; {@link Duration#ZERO} by default */
    Duration duration();

    /**
     * The task returned {@code output} (the raw result, e.g. the whole lambda:invoke envelope).
     *
     * @param output   never null (use {@code NullNode} for JSON null)
     * @param duration never null
     */
    record Success(JsonNode output, Duration duration) implements TaskResult {
        public Success {
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(duration, "duration");
        }
    }

    /**
     * The task failed with an error name and cause, as AWS reports them (e.g. {@code Lambda.TooManyRequestsException}).
     *
     * @param error    never null
     * @param cause    may be null (no cause)
     * @param duration never null
     */
    record Failure(String error, String cause, Duration duration) implements TaskResult {
        public Failure {
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(duration, "duration");
        }
    }

    /**
     * The worker never answers and stops sending heartbeats: the task times out with {@code States.Timeout}
     * after its HeartbeatSeconds (when set) or its TimeoutSeconds, in virtual time. Used to simulate a hung
     * worker or a lost response.
     *
     * @param duration ignored for timing (the task's own limits decide); {@link Duration#ZERO} is fine
     */
    record Unresponsive(Duration duration) implements TaskResult {
        public Unresponsive {
            Objects.requireNonNull(duration, "duration");
        }
    }

    static TaskResult success(JsonNode output) {
        return new Success(output, Duration.ZERO);
    }

    static TaskResult failure(String error, String cause) {
        return new Failure(error, cause, Duration.ZERO);
    }

    static TaskResult unresponsive() {
        return new Unresponsive(Duration.ZERO);
    }
}
