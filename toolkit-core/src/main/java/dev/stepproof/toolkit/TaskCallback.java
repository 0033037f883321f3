package dev.stepproof.toolkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.mock.MockJson;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One call some outside system makes to answer a {@code .waitForTaskToken} task: {@code SendTaskSuccess},
 * {@code SendTaskFailure} or {@code SendTaskHeartbeat}, at a virtual time. Immutable; {@link #after},
 * {@link #at} and {@link #withToken} return copies.
 *
 * <pre>{@code
 * TaskCallback.heartbeat().after(Duration.ofMinutes(5));
 * TaskCallback.success("{\"approved\": true}").after(Duration.ofHours(2));
 * TaskCallback.failure("Rejected", "The manager said no").at(Instant.parse("2026-01-02T09:00:00Z"));
 * }</pre>
 *
 * <p>The time is {@link #after(Duration) relative to the task's start} ({@code TaskStarted}; the default is
 * zero) or {@link #at(Instant) absolute}. An answer cannot reach the task before the task has sent its token,
 * so one timed before {@code TaskSubmitted} is delivered at that event's time. The token is the task's own unless
 * {@link #withToken(String)} names another, e.g. a previous attempt's, to see AWS's answer to a stale token.
 *
 * @since 0.1.0
 */
public final class TaskCallback {

    /** Which API call this is. */
    public enum Kind {
        /** {@code SendTaskSuccess(token, output)}: the output becomes the task's result. */
        SUCCESS,
        /** {@code SendTaskFailure(token, error, cause)}: the task fails and its Retry and Catch apply. */
        FAILURE,
        /** {@code SendTaskHeartbeat(token)}: restarts the task's HeartbeatSeconds window. */
        HEARTBEAT
    }

    private final Kind kind;
    private final JsonNode output;
    private final String error;
    private final String cause;
    private final Duration offset;
    private final Instant time;
    private final String token;

    private TaskCallback(Kind kind, JsonNode output, String error, String cause, Duration offset, Instant time,
                         String token) {
        this.kind = kind;
        this.output = output;
        this.error = error;
        this.cause = cause;
        this.offset = offset;
        this.time = time;
        this.token = token;
    }

    /**
     * @param json the output, JSON text (SendTaskSuccess requires valid JSON)
     * @return a {@code SendTaskSuccess} at the task's start
     * @throws IllegalArgumentException when the text is not JSON
     */
    public static TaskCallback success(String json) {
        return success(MockJson.parse(json, "TaskCallback.success"));
    }

    /** As {@link #success(String)}; the node is copied. */
    public static TaskCallback success(JsonNode json) {
        JsonNode copy = Objects.requireNonNull(json, "json must not be null").deepCopy();
        return new TaskCallback(Kind.SUCCESS, copy, null, null, Duration.ZERO, null, null);
    }

    /**
     * @param error any string, or null (AWS then shows {@code "Error": null} to Catch and writes no error in history)
     * @param cause any string, or null
     * @return a {@code SendTaskFailure} at the task's start
     */
    public static TaskCallback failure(String error, String cause) {
        return new TaskCallback(Kind.FAILURE, null, error, cause, Duration.ZERO, null, null);
    }

    /** @return a {@code SendTaskHeartbeat} at the task's start */
    public static TaskCallback heartbeat() {
        return new TaskCallback(Kind.HEARTBEAT, null, null, null, Duration.ZERO, null, null);
    }

    /**
     * @param delay time after the task started ({@code TaskStarted}); zero or more
     * @return a copy sent at that virtual time
     */
    public TaskCallback after(Duration delay) {
        Objects.requireNonNull(delay, "delay must not be null");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("A callback cannot be sent before its task started: " + delay);
        }
        return new TaskCallback(kind, output, error, cause, delay, null, token);
    }

    /**
     * @param instant an absolute virtual time (executions start at 2026-01-01T00:00:00Z by default)
     * @return a copy sent at that time (at once, when the time has passed)
     */
    public TaskCallback at(Instant instant) {
        return new TaskCallback(kind, output, error, cause, null, Objects.requireNonNull(instant, "instant must not be null"), token);
    }

    /**
     * @param taskToken the token to send; by default the token the answered task was given
     * @return a copy that sends {@code taskToken} instead
     */
    public TaskCallback withToken(String taskToken) {
        return new TaskCallback(kind, output, error, cause, offset, time, Objects.requireNonNull(taskToken, "taskToken must not be null"));
    }

    public Kind kind() {
        return kind;
    }

    /** @return the SendTaskSuccess output (a copy), or null for other kinds */
    public JsonNode output() {
        return output == null ? null : output.deepCopy();
    }

    /** @return the SendTaskFailure error, or null */
    public String error() {
        return error;
    }

    /** @return the SendTaskFailure cause, or null */
    public String cause() {
        return cause;
    }

    /** @return the delay after the task's start, or null when {@link #at(Instant)} set an absolute time */
    public Duration offset() {
        return offset;
    }

    /** @return the absolute time, or null when the time is relative */
    public Instant time() {
        return time;
    }

    /** @return the token to send, or null for the answered task's own */
    public String token() {
        return token;
    }

    /** @return when this is sent, for a task that started at {@code taskStarted} */
    public Instant sendTime(Instant taskStarted) {
        return time != null ? time : taskStarted.plus(offset);
    }

    @Override
    public String toString() {
        String what = switch (kind) {
            case SUCCESS -> "success(" + output + ")";
            case FAILURE -> "failure(" + error + ", " + cause + ")";
            case HEARTBEAT -> "heartbeat()";
        };
        return what + (time != null ? ".at(" + time + ")" : ".after(" + offset + ")") + (token != null ? ".withToken(" + token + ")" : "");
    }
}
