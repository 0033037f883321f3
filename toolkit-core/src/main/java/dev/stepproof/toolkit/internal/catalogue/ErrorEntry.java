package dev.stepproof.toolkit.internal.catalogue;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One failure kind of one integration, as the data file describes it.
 *
 * @param error      the whole error name when it does not follow the prefix rule (e.g. {@code States.Http.StatusCode.429}),
 *                   else null
 * @param exception  the exception class the name is built from ({@code <prefix>.<exception>}), else null
 * @param code       the service's error code, quoted by SDK v1 causes (defaults to the exception)
 * @param status     the HTTP status the service answers with
 * @param message    the service's message, the start of the cause
 * @param causeStyle the cause template to use instead of the service's, or null
 */
record ErrorEntry(String error, String exception, String code, int status, String message, String causeStyle) {

    static ErrorEntry read(JsonNode node) {
        String exception = text(node, "exception");
        String code = text(node, "code");
        return new ErrorEntry(text(node, "error"), exception, code != null ? code : exception,
                node.path("status").asInt(400), node.path("message").asText(""), text(node, "cause"));
    }

    /** @return the error name, e.g. {@code DynamoDB.ConditionalCheckFailedException} */
    String name(String prefix) {
        return error != null ? error : prefix + "." + exception;
    }

    /** The same entry for the service with exception prefix {@code prefix} (the {@code aws-sdk:*} defaults). */
    ErrorEntry withPrefix(String prefix) {
        return new ErrorEntry(replace(error, prefix), replace(exception, prefix), replace(code, prefix), status,
                message, causeStyle);
    }

    private static String replace(String s, String prefix) {
        return s == null ? null : s.replace("${prefix}", prefix);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
