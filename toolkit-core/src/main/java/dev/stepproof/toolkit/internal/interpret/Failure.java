package dev.stepproof.toolkit.internal.interpret;

/**
 * An error travelling up from a state to its retriers, catchers, enclosing branch and finally the execution.
 *
 * @param error     the ASL error name (null for a Fail state without Error, or a SendTaskFailure without one)
 * @param cause     the full cause text (prefix included), or null
 * @param catchable false for States.Runtime and other terminal errors, which no Retry or Catch handles
 * @param kind      what raised it, where matching or the error output depend on it (ASL-SEMANTICS §8.2, §8.4)
 */
record Failure(String error, String cause, boolean catchable, Kind kind) {

    static final String RUNTIME = "States.Runtime";

    /** Origins that change how the failure is matched or shown. */
    enum Kind {
        /** Everything else. */
        ORDINARY,
        /** A task's heartbeat window closed: {@code States.Timeout}, also matched by {@code States.HeartbeatTimeout}. */
        HEARTBEAT_TIMEOUT,
        /** {@code SendTaskFailure} without error and cause: the error output is {@code {"Error": null, "Cause": null}}. */
        EMPTY_TASK_FAILURE
    }

    Failure(String error, String cause, boolean catchable) {
        this(error, cause, catchable, Kind.ORDINARY);
    }

    /** The error output a catcher sees: {@code {"Error": …, "Cause": …}}. */
    com.fasterxml.jackson.databind.node.ObjectNode errorOutput() {
        com.fasterxml.jackson.databind.node.ObjectNode out = Json.NODES.objectNode();
        out.put("Error", error);
        if (kind == Kind.EMPTY_TASK_FAILURE && cause == null) {
            out.putNull("Cause"); // AWS-REC: both fields are JSON null, not ""
        } else {
            out.put("Cause", cause == null ? "" : cause);
        }
        return out;
    }
}
