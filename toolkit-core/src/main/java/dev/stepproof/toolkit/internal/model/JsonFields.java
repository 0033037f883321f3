package dev.stepproof.toolkit.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.model.NumberOrExpression;
import dev.stepproof.toolkit.model.PathField;
import dev.stepproof.toolkit.model.QueryLanguage;
import dev.stepproof.toolkit.model.Transition;

import java.util.ArrayList;
import java.util.List;

/**
 * Null-safe, type-tolerant reads of one field of a JSON object. The builder may meet definitions that
 * failed validation, so every reader answers "absent" (null, empty, default) for a missing field, a
 * wrong-typed field, or a receiver that is not an object, instead of throwing.
 */
final class JsonFields {

    private JsonFields() {
    }

    /** @return the field's value as written (JSON null included), or null when absent or not an object */
    static JsonNode json(JsonNode object, String name) {
        return object != null && object.isObject() ? object.get(name) : null;
    }

    static JsonNode object(JsonNode object, String name) {
        JsonNode value = json(object, name);
        return value != null && value.isObject() ? value : null;
    }

    static String text(JsonNode object, String name) {
        JsonNode value = json(object, name);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    static Integer integer(JsonNode object, String name) {
        JsonNode value = json(object, name);
        return value != null && value.isIntegralNumber() && value.canConvertToInt() ? value.intValue() : null;
    }

    static Double decimal(JsonNode object, String name) {
        JsonNode value = json(object, name);
        return value != null && value.isNumber() ? value.doubleValue() : null;
    }

    /** @return true only for a JSON {@code true}; anything else (including {@code "true"}) is false */
    static boolean isTrue(JsonNode object, String name) {
        JsonNode value = json(object, name);
        return value != null && value.isBoolean() && value.booleanValue();
    }

    /** Absent and wrong-typed both read as ABSENT: only JSON null has the special null meaning. */
    static PathField pathField(JsonNode object, String name) {
        JsonNode value = json(object, name);
        if (value == null) {
            return PathField.ABSENT;
        }
        if (value.isNull()) {
            return PathField.NULL;
        }
        return value.isTextual() ? PathField.of(value.textValue()) : PathField.ABSENT;
    }

    static NumberOrExpression numberOrExpression(JsonNode object, String name) {
        JsonNode value = json(object, name);
        if (value != null && value.isNumber()) {
            return NumberOrExpression.of(value.decimalValue());
        }
        return value != null && value.isTextual() ? NumberOrExpression.ofExpression(value.textValue()) : null;
    }

    /** @return the string elements of an array field, skipping other elements; empty when not an array */
    static List<String> strings(JsonNode object, String name) {
        List<String> strings = new ArrayList<>();
        for (JsonNode element : elements(object, name)) {
            if (element.isTextual()) {
                strings.add(element.textValue());
            }
        }
        return strings;
    }

    /** @return the elements of an array field, in order; empty when absent or not an array */
    static List<JsonNode> elements(JsonNode object, String name) {
        JsonNode value = json(object, name);
        List<JsonNode> elements = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(elements::add);
        }
        return elements;
    }

    static QueryLanguage queryLanguage(JsonNode object) {
        return QueryLanguage.fromAslName(text(object, "QueryLanguage")).orElse(null);
    }

    static Transition transition(JsonNode object) {
        return new Transition(text(object, "Next"), isTrue(object, "End"));
    }
}
