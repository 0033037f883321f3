package dev.stepproof.junit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Messages for assertions on retries, catches and Task calls. Not API.
 *
 * @since 0.1.0
 */
public final class TaskMessages {

    /** How much of each call's parameters a "called n times" message shows. */
    private static final int MAX_PARAMETERS = 200;

    private TaskMessages() {
    }

    /** {@code Expecting state 'Charge' to have been retried 2 times but it was retried 1 time; path: [...]} */
    public static ErrorMessageFactory shouldHaveBeenRetried(List<String> path, String state, long expected, long retries) {
        return new Message(r -> "Expecting state '" + state + "' to have been retried " + Outcomes.times(expected)
                + " but it was retried " + Outcomes.times(retries) + "; path: " + Message.path(path));
    }

    /**
     * {@code Expecting state 'Charge' to have caught error 'Boom' but it caught 'Other'; path: [...]}; an
     * unnamed catch (Parallel, Map) reads "an error the history does not name".
     */
    public static ErrorMessageFactory shouldHaveCaught(List<String> path, String state, String error, List<String> caught) {
        String what = caught.isEmpty() ? "it caught no error"
                : "it caught " + caught.stream()
                        .map(e -> e == null ? "an error the history does not name" : "'" + e + "'")
                        .collect(Collectors.joining(", "));
        return new Message(r -> "Expecting state '" + state + "' to have caught error '" + error + "' but " + what
                + "; path: " + Message.path(path));
    }

    /**
     * Lists the calls that were made, so that a wrong count shows what the extra (or the missing) call was:
     * <pre>
     * Expecting task 'Charge' to have been called 1 time but it was called 2 times; path: [Charge]
     * calls:
     *   1. {"amount":5}
     *   2. {"amount":5}</pre>
     */
    public static ErrorMessageFactory shouldHaveBeenCalledTimes(List<String> path, String state, long expected,
                                                                List<TaskCall> calls) {
        return new Message(r -> "Expecting task '" + state + "' to have been called " + Outcomes.times(expected)
                + " but it was called " + Outcomes.times(calls.size()) + "; path: " + Message.path(path)
                + calls.stream().map(c -> "\n  " + c.number() + ". " + Json.truncated(c.parameters(), MAX_PARAMETERS))
                        .collect(Collectors.joining("", calls.isEmpty() ? "" : "\ncalls:", "")));
    }

    /** {@code Expecting task 'Charge' to have been called at least 3 times but it was called 2 times; path: [...]} */
    public static ErrorMessageFactory shouldHaveCall(List<String> path, String state, int number, long calls) {
        return new Message(r -> "Expecting task '" + state + "' to have been called at least " + Outcomes.times(number)
                + " but it was called " + Outcomes.times(calls) + "; path: " + Message.path(path));
    }

    /**
     * <pre>
     * Expecting call 2 of task 'Charge' to have parameters containing:
     *   {"amount":5}
     * but they were:
     *   {"amount":4,"currency":"EUR"}
     * first difference at /amount: expected 5 but was 4</pre>
     */
    public static ErrorMessageFactory shouldHaveParameters(TaskCall call, JsonNode expected, String difference) {
        return new Message(r -> "Expecting call " + call.number() + " of task '" + call.state()
                + "' to have parameters containing:\n  " + Message.json(r, expected)
                + "\nbut they were:\n  " + Message.json(r, call.parameters())
                + "\nfirst difference " + difference);
    }
}
