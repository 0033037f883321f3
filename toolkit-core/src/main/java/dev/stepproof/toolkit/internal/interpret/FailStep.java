package dev.stepproof.toolkit.internal.interpret;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.dataflow.ReferenceValue;
import dev.stepproof.toolkit.model.FailState;

/** Fail: Error/ErrorPath and Cause/CausePath, then the workflow fails; there is no FailStateExited. */
final class FailStep extends Step {
    private final String error;
    private final String cause;
    private final ReferenceValue errorPath;
    private final ReferenceValue causePath;

    FailStep(FailState s) {
        super(s, "Fail", false, false);
        error = s.error();
        cause = s.cause();
        errorPath = Flow.reference(s.errorPath(), "ErrorPath");
        causePath = Flow.reference(s.causePath(), "CausePath");
    }

    @Override
    void run(Visit v) {
        String err = errorPath == null ? error : text(errorPath.resolve(v.input(v.rawInput)));
        String why = causePath == null ? cause : text(causePath.resolve(v.input(v.rawInput)));
        v.fiber.fail(new Failure(err, why, true));
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? value.textValue() : value.toString();
    }
}
