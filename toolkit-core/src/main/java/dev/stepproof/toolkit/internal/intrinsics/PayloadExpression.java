package dev.stepproof.toolkit.internal.intrinsics;

import dev.stepproof.toolkit.internal.path.JsonPathExpr;

import java.util.Objects;

/** The compiled value of a {@code .$} key: a path (input, context or variable) or an intrinsic call. */
public sealed interface PayloadExpression permits PayloadExpression.PathValue, PayloadExpression.Call {

    /** @return the expression as written */
    String text();

    record PathValue(JsonPathExpr path) implements PayloadExpression {
        public PathValue {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String text() {
            return path.text();
        }
    }

    record Call(IntrinsicCall call) implements PayloadExpression {
        public Call {
            Objects.requireNonNull(call, "call");
        }

        @Override
        public String text() {
            return call.text();
        }
    }
}
