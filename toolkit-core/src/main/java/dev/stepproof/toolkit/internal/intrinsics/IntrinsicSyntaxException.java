package dev.stepproof.toolkit.internal.intrinsics;

import dev.stepproof.toolkit.internal.path.SyntaxError;

/** Unwinds the intrinsic parser to its entry point, where it becomes a {@code Parsed.Err}; never escapes. */
final class IntrinsicSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SyntaxError error;

    IntrinsicSyntaxException(SyntaxError error) {
        super(error.message(), null, false, false);
        this.error = error;
    }

    SyntaxError error() {
        return error;
    }
}
