package dev.stepproof.toolkit.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;

/**
 * The text of every schema diagnostic: one factory per {@link SchemaProblem}, each naming the state and
 * the field, then saying what was expected.
 */
final class SchemaMessages {

    /** A message and its fix hint. */
    record Text(String message, String hint) {
    }

    private static final int MAX_VALUE_LENGTH = 60;

    private SchemaMessages() {
    }

    static Text missingField(AslLocation object, String field, String owner) {
        return new Text(objectPhrase(object) + " has no field '" + field + "', which " + owner + " requires.",
                "Add '" + field + "'.");
    }

    static Text fieldNotAllowed(AslLocation object, String field, SchemaAnnotations.Owner owner,
                                Optional<String> meant) {
        String message = objectPhrase(object) + " has field '" + field + "', which " + owner.title()
                + " does not allow.";
        if (meant.isPresent()) {
            return new Text(message, "Rename '" + field + "' to '" + meant.get() + "', or remove it.");
        }
        String hint = switch (owner.role()) {
            case STATE_TYPE -> "Remove '" + field + "' or change the state's Type.";
            case QUERY_LANGUAGE -> "Remove '" + field + "' or change the state's QueryLanguage.";
            case OTHER -> "Remove '" + field + "'.";
        };
        return new Text(message, hint);
    }

    static Text wrongType(AslLocation at, JsonNode value, String expected) {
        String lead = at.fieldPath().isEmpty() ? at.subject() + " is" : fieldPhrase(at);
        return new Text(lead + " of type " + typeOf(value) + ", but it must be " + expected + ".",
                "Change the value to " + expected + ".");
    }

    /** A string where a number (or another shape) or a {@code {% … %}} expression is expected. */
    static Text notAnExpression(AslLocation at, JsonNode value, String expected) {
        return new Text(valuePhrase(at, value) + ", but it must be " + expected + ".",
                "Write " + expected + "; a string counts as a JSONata expression only when it starts with"
                        + " '{%' and ends with '%}'.");
    }

    static Text notInEnum(AslLocation at, JsonNode value, List<String> allowed, Optional<String> meant) {
        String list = String.join(", ", allowed);
        return new Text(valuePhrase(at, value) + ", but it must be one of: " + list + ".",
                meant.map(m -> "Did you mean '" + m + "'?").orElse("Use one of: " + list + "."));
    }

    static Text belowMinimum(AslLocation at, JsonNode value, String limit, boolean exclusive) {
        String bound = (exclusive ? "greater than " : "at least ") + limit;
        return new Text(valuePhrase(at, value) + ", but it must be " + bound + ".",
                "Use a value " + (exclusive ? "" : "of ") + bound + ".");
    }

    static Text aboveMaximum(AslLocation at, JsonNode value, String limit, boolean exclusive) {
        String bound = (exclusive ? "less than " : "at most ") + limit;
        return new Text(valuePhrase(at, value) + ", but it must be " + bound + ".",
                "Use a value " + (exclusive ? "" : "of ") + bound + ".");
    }

    static Text emptyArray(AslLocation at) {
        return new Text(fieldPhrase(at) + " with an empty array, but it needs at least one item.",
                "Add at least one item.");
    }

    static Text unknownStateType(AslLocation state, JsonNode value, List<String> types, Optional<String> meant) {
        return new Text(state.subject() + " has Type " + render(value) + ", which is not one of: "
                + String.join(", ", types) + ".",
                meant.map(m -> "Did you mean '" + m + "'?").orElse("Set Type to one of the eight state types."));
    }

    static Text notRfc3339(AslLocation at, JsonNode value) {
        String hint = value.asText().startsWith("{%")
                ? "Use a literal timestamp such as 2016-03-14T01:59:00Z, or set QueryLanguage to JSONata to use"
                + " an expression."
                : "Write date, 'T', time and 'Z' or an offset, for example 2016-03-14T01:59:00Z or"
                + " 2016-03-14T01:59:00+01:00.";
        return new Text(valuePhrase(at, value) + ", which is not an RFC3339 timestamp.", hint);
    }

    static Text other(AslLocation at, String detail) {
        String lead = at.fieldPath().isEmpty() ? at.subject() : fieldPhrase(at);
        return new Text(lead + " does not match the ASL schema: " + detail + ".", "");
    }

    /** {@code State 'X'} or {@code State 'X' at 'Retry[0]'}: the object a field belongs to. */
    private static String objectPhrase(AslLocation object) {
        return object.fieldPath().isEmpty() ? object.subject()
                : object.subject() + " at '" + object.fieldPath() + "'";
    }

    private static String fieldPhrase(AslLocation at) {
        return at.subject() + " has field '" + at.fieldPath() + "'";
    }

    private static String valuePhrase(AslLocation at, JsonNode value) {
        String lead = at.fieldPath().isEmpty() ? at.subject() + " has value " : fieldPhrase(at) + " with value ";
        return lead + render(value);
    }

    private static String render(JsonNode value) {
        String text = value.toString();
        return text.length() <= MAX_VALUE_LENGTH ? text : text.substring(0, MAX_VALUE_LENGTH - 1) + "…";
    }

    private static String typeOf(JsonNode value) {
        return switch (value.getNodeType()) {
            case OBJECT, POJO -> "object";
            case ARRAY -> "array";
            case STRING, BINARY -> "string";
            case NUMBER -> value.isIntegralNumber() ? "integer" : "number";
            case BOOLEAN -> "boolean";
            case NULL, MISSING -> "null";
        };
    }
}
