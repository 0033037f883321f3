package dev.stepproof.junit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.Execution;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Messages for assertions on an execution's output. Not API.
 *
 * @since 0.1.0
 */
public final class OutputMessages {

    private OutputMessages() {
    }

    /** The execution did not succeed, so it has no output to compare. */
    public static ErrorMessageFactory shouldHaveSucceededWithOutput(Execution actual, JsonNode expected) {
        return new Message(r -> "Expecting execution to have succeeded with output:\n  " + Message.json(r, expected)
                + "\nbut it " + Outcomes.of(actual, n -> Message.json(r, n))
                + "; path: " + Message.path(actual.history().statesEntered()));
    }

    /**
     * <pre>
     * Expecting execution output to be:
     *   {"total":20}
     * but was:
     *   {"total":21}
     * first difference at /total: expected 20 but was 21
     * path: [A, B]</pre>
     */
    public static ErrorMessageFactory shouldHaveOutput(Execution actual, JsonNode expected, String difference) {
        return differs("to be", actual, expected, difference);
    }

    /** As {@link #shouldHaveOutput}, for a partial match: "Expecting execution output to contain: …". */
    public static ErrorMessageFactory shouldHaveOutputContaining(Execution actual, JsonNode expected, String difference) {
        return differs("to contain", actual, expected, difference);
    }

    private static ErrorMessageFactory differs(String relation, Execution actual, JsonNode expected, String difference) {
        return new Message(r -> "Expecting execution output " + relation + ":\n  " + Message.json(r, expected)
                + "\nbut was:\n  " + Message.json(r, actual.output())
                + "\nfirst difference " + difference
                + "\npath: " + Message.path(actual.history().statesEntered()));
    }
}
