package dev.stepproof.toolkit.internal.interpret;

/**
 * An error travelling up from a state to its retriers, catchers, enclosing branch and finally the execution.
 *
 * @param error     the ASL error name (null only for a Fail state without Error)
 * @param cause     the full cause text (prefix included), or null
 * @param catchable false for States.Runtime and other terminal errors, which no Retry or Catch handles
 */
record Failure(String error, String cause, boolean catchable) {

    static final String RUNTIME = "States.Runtime";

    /** The error output a catcher sees: {@code {"Error": …, "Cause": …}}. */
    com.fasterxml.jackson.databind.node.ObjectNode errorOutput() {
        com.fasterxml.jackson.databind.node.ObjectNode out = Json.NODES.objectNode();
        out.put("Error", error);
        out.put("Cause", cause == null ? "" : cause);
        return out;
    }
}
