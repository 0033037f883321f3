package dev.stepproof.toolkit.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.dataflow.EvalContext;
import dev.stepproof.toolkit.internal.dataflow.StatesError;
import dev.stepproof.toolkit.internal.dataflow.TestContext;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Test helper: compile and evaluate intrinsic calls. */
final class Calls {

    private Calls() {
    }

    static IntrinsicEvaluator compile(String call) {
        return IntrinsicEvaluator.compile(Intrinsics.compile(call).orElseThrow());
    }

    static JsonNode eval(String call, EvalContext ctx) {
        return compile(call).evaluate(ctx);
    }

    static JsonNode eval(String call, String inputJson) {
        return eval(call, TestContext.of(inputJson));
    }

    static JsonNode eval(String call) {
        return eval(call, "{}");
    }

    static StatesError failure(String call, String inputJson) {
        IntrinsicEvaluator evaluator = compile(call);
        return catchThrowableOfType(StatesError.class, () -> evaluator.evaluate(TestContext.of(inputJson)));
    }

    static JsonNode json(String text) {
        return TestContext.json(text);
    }
}
