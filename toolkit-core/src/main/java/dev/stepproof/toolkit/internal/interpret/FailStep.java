package dev.stepproof.toolkit.internal.interpret;

import dev.stepproof.toolkit.internal.text.JsonText;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.dataflow.ReferenceValue;
import dev.stepproof.toolkit.internal.jsonata.JsonataError;
import dev.stepproof.toolkit.internal.jsonata.JsonataExpression;
import dev.stepproof.toolkit.model.FailState;

/**
 * Fail: Error/ErrorPath and Cause/CausePath (JSONata: Error and Cause may be expressions, which must give
 * strings), then the workflow fails; there is no FailStateExited.
 */
final class FailStep extends Step {
    private final String error;
    private final String cause;
    private final ReferenceValue errorPath;
    private final ReferenceValue causePath;
    private final JsonataExpression errorExpression;
    private final JsonataExpression causeExpression;

    FailStep(FailState s, boolean jsonata) {
        super(s, "Fail", false, false);
        error = s.error();
        cause = s.cause();
        errorPath = Flow.reference(s.errorPath(), "ErrorPath");
        causePath = Flow.reference(s.causePath(), "CausePath");
        errorExpression = jsonata ? expression(s.error(), "Error") : null;
        causeExpression = jsonata ? expression(s.cause(), "Cause") : null;
    }

    private static JsonataExpression expression(String value, String field) {
        return value != null && JsonataExpression.isTemplate(value) ? JsonataExpression.ofTemplate(value, field) : null;
    }

    @Override
    void run(Visit v) {
        String err = errorPath == null ? error : text(errorPath.resolve(v.input(v.rawInput)));
        String why = causePath == null ? cause : text(causePath.resolve(v.input(v.rawInput)));
        if (errorExpression != null) {
            err = string(errorExpression, v);
        }
        if (causeExpression != null) {
            why = string(causeExpression, v);
        }
        v.fiber.fail(new Failure(err, why, true));
    }

    private static String string(JsonataExpression expression, Visit v) {
        JsonNode value = expression.evaluate(v.states(null, null));
        if (!value.isTextual()) {
            throw JsonataError.unexpectedType(expression.text(), expression.location(), "string", value);
        }
        return value.textValue();
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? value.textValue() : JsonText.compact(value);
    }
}
