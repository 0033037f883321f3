package dev.stepproof.toolkit.internal.jsonata;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A {@code States.QueryEvaluationError}: a JSONata field that could not give the value its state needs
 * (ASL-SEMANTICS §3.7). Carries what the interpreter needs for the {@code EvaluationFailed} event that AWS
 * writes before the failure: the cause without the state prefix, and the field's location. Control flow
 * inside the interpreter, so it has no stack trace.
 *
 * <p>The factories produce AWS's recorded cause texts (Appendix A).
 */
public final class JsonataError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The ASL error name of every JSONata evaluation failure. */
    public static final String ERROR = "States.QueryEvaluationError";

    private final String causeText;
    private final String location;
    private final boolean chained;

    private JsonataError(String causeText, String location, boolean chained) {
        super(causeText, null, false, false);
        this.causeText = causeText;
        this.location = location;
        this.chained = chained;
    }

    /** @return the cause without the state prefix; never null */
    public String causeText() {
        return causeText;
    }

    /** @return the field, e.g. {@code Output/result} or {@code Choices[0]/Condition}; null when AWS records none */
    public String location() {
        return location;
    }

    /**
     * @return whether AWS chains the {@code EvaluationFailed} event to the state's entered event (a Wait
     *         Timestamp that does not parse) rather than to the event before it (every other field, AWS-REC)
     */
    public boolean chained() {
        return chained;
    }

    /** {@code … returned nothing (undefined).} */
    static JsonataError undefined(String expression, String location) {
        return new JsonataError(sentence(expression, location) + " returned nothing (undefined).", location, false);
    }

    /** {@code … returned an unsupported result type.}: a function or a number JSON cannot hold */
    static JsonataError unsupported(String expression, String location) {
        return new JsonataError(sentence(expression, location) + " returned an unsupported result type.", location, false);
    }

    /**
     * {@code … threw an error during evaluation. <CODE>: <message>}; AWS writes {@code ": "} instead of
     * {@code ". "} before a message that has no code.
     */
    static JsonataError threw(String expression, String location, String code, String message) {
        String tail = code == null ? ": " + message : ". " + code + ": " + message;
        return new JsonataError(sentence(expression, location) + " threw an error during evaluation" + tail, location, false);
    }

    /** {@code … threw an internal error during evaluation.}: the engine itself failed */
    static JsonataError internal(String expression, String location, Throwable problem) {
        return new JsonataError(sentence(expression, location) + " threw an internal error during evaluation. ("
                + problem + ")", location, false);
    }

    /**
     * {@code … returned an unexpected result type. Expected 'array', but was 'object' for value: {"foo":"bar"}}
     *
     * @param expected the type the field needs, as AWS names it ({@code array}, {@code integer}, …)
     */
    public static JsonataError unexpectedType(String expression, String location, String expected, JsonNode value) {
        return new JsonataError(sentence(expression, location) + " returned an unexpected result type. Expected '"
                + expected + "', but was '" + JsonResults.typeName(value) + "' for value: " + value, location, false);
    }

    /**
     * A field-level failure with its own text, such as Map's {@code Map state input must be an array but was: …}.
     *
     * @param location the field, or null when AWS records none
     * @param chained  see {@link #chained()}
     */
    public static JsonataError of(String causeText, String location, boolean chained) {
        return new JsonataError(causeText, location, chained);
    }

    private static String sentence(String expression, String location) {
        return "The JSONata expression '" + expression + "' specified for the field '" + location + "'";
    }
}
