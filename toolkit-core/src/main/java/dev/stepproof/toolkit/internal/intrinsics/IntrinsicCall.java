package dev.stepproof.toolkit.internal.intrinsics;

import java.util.List;
import java.util.Objects;

/**
 * A call such as {@code States.Format('x {}', $.a)}, the root of an intrinsic expression and also an
 * argument when nested.
 *
 * @param function  which of the 18 functions
 * @param arguments in order, copied
 * @param text      the call as written, for messages ({@code The function '<text>' had the following error: …})
 * @param offset    where the call starts in the whole expression
 */
public record IntrinsicCall(IntrinsicFunction function, List<IntrinsicArg> arguments, String text, int offset)
        implements IntrinsicArg {

    public IntrinsicCall {
        Objects.requireNonNull(function, "function");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(text, "text");
    }

    @Override
    public ArgType type() {
        return function.returns();
    }
}
