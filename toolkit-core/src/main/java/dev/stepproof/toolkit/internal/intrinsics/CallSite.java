package dev.stepproof.toolkit.internal.intrinsics;

import dev.stepproof.toolkit.internal.dataflow.Causes;
import dev.stepproof.toolkit.internal.dataflow.StatesError;
import dev.stepproof.toolkit.internal.path.JsonPathExpr;
import dev.stepproof.toolkit.internal.path.PathRoots;

/** One call as written, and the error name its function-level failures carry. Builds the failures. */
final class CallSite {

    private final String text;
    private final String failureError;

    CallSite(String text, String failureError) {
        this.text = text;
        this.failureError = failureError;
    }

    String text() {
        return text;
    }

    /** A function-level failure: wrong argument type, value out of range, unsupported option, … */
    StatesError fail(String detail) {
        return StatesError.inState(failureError, Causes.intrinsicFailure(text, detail));
    }

    /** A path argument that does not resolve: {@code States.Runtime}, like every other unresolvable path. */
    StatesError argumentNotFound(JsonPathExpr path, PathRoots roots) {
        return StatesError.runtime(Causes.intrinsicArgumentNotFound(text, path, roots));
    }
}
