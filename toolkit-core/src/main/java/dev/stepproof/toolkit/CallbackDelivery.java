package dev.stepproof.toolkit;

import java.time.Instant;
import java.util.Objects;

/**
 * What became of one {@link TaskCallback}: accepted by its task, or refused with the error AWS's API would return.
 *
 * @param stateName the Task state whose declaration sent it
 * @param attempt   the attempt it answered (1 for the first)
 * @param callback  the callback as declared or returned by the handler
 * @param token     the token it carried
 * @param time      the virtual time it was sent (for {@link Outcome#NOT_SENT}, the time it would have been)
 * @param outcome   what happened
 * @since 0.1.0
 */
public record CallbackDelivery(String stateName, int attempt, TaskCallback callback, String token, Instant time,
                               Outcome outcome) {

    public CallbackDelivery {
        Objects.requireNonNull(stateName, "stateName");
        Objects.requireNonNull(callback, "callback");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** The API's answer to a SendTask* call (D23). */
    public enum Outcome {
        /** The task was open and took it: it succeeded, failed or had its heartbeat window restarted. */
        ACCEPTED(null),
        /** The token's task is closed (timed out, answered, aborted, or an earlier attempt): {@code TaskTimedOut}. */
        TASK_TIMED_OUT("TaskTimedOut"),
        /** No task of this execution was ever given the token: {@code InvalidToken}. */
        INVALID_TOKEN("InvalidToken"),
        /** The execution ended before the callback's time, so it was never sent. */
        NOT_SENT(null);

        private final String apiError;

        Outcome(String apiError) {
            this.apiError = apiError;
        }

        /** @return the Step Functions API exception the caller gets ({@code TaskTimedOut}, {@code InvalidToken}), or null */
        public String apiError() {
            return apiError;
        }
    }

    /** @return whether the task took it */
    public boolean accepted() {
        return outcome == Outcome.ACCEPTED;
    }
}
