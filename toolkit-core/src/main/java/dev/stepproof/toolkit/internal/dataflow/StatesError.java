package dev.stepproof.toolkit.internal.dataflow;

/**
 * A runtime failure with an ASL error name ({@code States.Runtime}, {@code States.IntrinsicFailure}, a task's
 * own error, …) and its cause text. Control flow inside the interpreter, so it carries no stack trace.
 *
 * <p>{@code cause} is the state-independent part of the cause. For errors that AWS reports with the prefix
 * {@code An error occurred while executing the state 'X' (entered at the event id #N). } the interpreter adds
 * the prefix ({@link #prefixed()} says whether it should).
 */
public final class StatesError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final String RUNTIME = "States.Runtime";
    public static final String INTRINSIC_FAILURE = "States.IntrinsicFailure";
    public static final String TIMEOUT = "States.Timeout";
    public static final String TASK_FAILED = "States.TaskFailed";
    public static final String DATA_LIMIT_EXCEEDED = "States.DataLimitExceeded";
    public static final String NO_CHOICE_MATCHED = "States.NoChoiceMatched";
    public static final String RESULT_PATH_MATCH_FAILURE = "States.ResultPathMatchFailure";
    public static final String QUERY_EVALUATION_ERROR = "States.QueryEvaluationError";

    private final String error;
    private final String causeText;
    private final boolean prefixed;

    private StatesError(String error, String cause, boolean prefixed) {
        super(error + ": " + cause, null, false, false);
        this.error = error;
        this.causeText = cause;
        this.prefixed = prefixed;
    }

    /** An error whose cause AWS prefixes with the state and entered-event id (States.Runtime and the like). */
    public static StatesError inState(String error, String cause) {
        return new StatesError(error, cause, true);
    }

    /** An error whose cause is reported as is (task failures, Fail states, limits). */
    public static StatesError plain(String error, String cause) {
        return new StatesError(error, cause, false);
    }

    /** {@code States.Runtime} with a prefixed cause: the common case for unresolvable paths. */
    public static StatesError runtime(String cause) {
        return inState(RUNTIME, cause);
    }

    public String error() {
        return error;
    }

    /** @return the cause text without any state prefix; may be null (no cause) */
    public String causeText() {
        return causeText;
    }

    public boolean prefixed() {
        return prefixed;
    }
}
