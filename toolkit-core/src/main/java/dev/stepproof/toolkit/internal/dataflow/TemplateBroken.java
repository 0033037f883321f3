package dev.stepproof.toolkit.internal.dataflow;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A {@code .$} value that did not compile. Validation rejects such definitions, so this only happens when the
 * interpreter is handed an unvalidated one; compiling must not throw, so the failure waits for evaluation.
 */
final class TemplateBroken implements TemplateNode {

    private final String cause;

    TemplateBroken(String cause) {
        this.cause = cause;
    }

    @Override
    public JsonNode evaluate(EvalContext ctx) {
        throw StatesError.runtime(cause);
    }
}
