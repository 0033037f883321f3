package dev.stepproof.toolkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.stepproof.toolkit.internal.dataflow.StatesError;
import dev.stepproof.toolkit.internal.intrinsics.IntrinsicCall;
import dev.stepproof.toolkit.internal.intrinsics.IntrinsicEvaluator;
import dev.stepproof.toolkit.internal.intrinsics.Intrinsics;
import dev.stepproof.toolkit.internal.intrinsics.PayloadExpressions;
import dev.stepproof.toolkit.internal.path.Parsed;

import static org.assertj.core.api.BDDAssertions.then;

/**
 * Intrinsic function calls and {@code .$} values on arbitrary text: {@link Intrinsics#compile} and the
 * {@link PayloadExpressions} checks return a value or a message, and a call that compiles evaluates to a value or
 * fails with a {@link StatesError} (States.Runtime, States.IntrinsicFailure), the documented runtime result.
 */
class IntrinsicFuzzTest {

    @FuzzTest(maxDuration = Fixtures.SHORT_CAMPAIGN)
    void compile_check_and_evaluate(byte[] data) {
        String text = Fixtures.text(data);
        then(PayloadExpressions.check(text)).isNotNull();
        then(PayloadExpressions.checkFailPath(text)).isNotNull();
        Parsed<IntrinsicCall> call = Intrinsics.compile(text);
        then(call).isNotNull();
        if (call instanceof Parsed.Ok<IntrinsicCall> ok) {
            then(Intrinsics.formatPlaceholderMismatch(ok.value())).isNotNull();
            evaluate(IntrinsicEvaluator.compile(ok.value()));
            evaluate(IntrinsicEvaluator.compile(ok.value(), StatesError.RUNTIME));
        }
    }

    private static void evaluate(IntrinsicEvaluator evaluator) {
        try {
            then(evaluator.evaluate(Fixtures.context())).isNotNull();
        } catch (StatesError expected) {
            then(expected.error()).isNotBlank();
        }
    }
}
