package dev.stepproof.toolkit.internal.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.intrinsics.IntrinsicEvaluator;

/** {@code "key.$": "States.X(…)"}. */
final class TemplateCall implements TemplateNode {

    private final IntrinsicEvaluator call;

    TemplateCall(IntrinsicEvaluator call) {
        this.call = call;
    }

    @Override
    public JsonNode evaluate(EvalContext ctx) {
        return call.evaluate(ctx);
    }
}
