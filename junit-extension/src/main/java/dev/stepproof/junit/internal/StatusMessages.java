package dev.stepproof.junit.internal;

import dev.stepproof.toolkit.Execution;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Messages for assertions on how an execution ended. Not API.
 *
 * @since 0.1.0
 */
public final class StatusMessages {

    private StatusMessages() {
    }

    /** {@code Expecting execution to have succeeded but it FAILED with error 'X' and cause 'Y'; path: [A, B]} */
    public static ErrorMessageFactory shouldHaveSucceeded(Execution actual) {
        return expecting("to have succeeded", actual);
    }

    /** {@code Expecting execution to have failed with error 'X' but it SUCCEEDED with output {}; path: [A]} */
    public static ErrorMessageFactory shouldHaveFailedWith(Execution actual, String error) {
        return expecting("to have failed with error '" + error + "'", actual);
    }

    /** {@code Expecting execution to have failed with error 'X' and cause 'C' but it …; path: […]} */
    public static ErrorMessageFactory shouldHaveFailedWith(Execution actual, String error, String cause) {
        return expecting("to have failed " + Outcomes.errorAndCause(error, cause), actual);
    }

    /** {@code Expecting execution to have timed out but it SUCCEEDED with output {}; path: [A]} */
    public static ErrorMessageFactory shouldHaveTimedOut(Execution actual) {
        return expecting("to have timed out", actual);
    }

    private static ErrorMessageFactory expecting(String what, Execution actual) {
        return new Message(r -> "Expecting execution " + what + " but it " + Outcomes.of(actual, n -> Message.json(r, n))
                + "; path: " + Message.path(actual.history().statesEntered()));
    }
}
