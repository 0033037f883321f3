package dev.stepproof.junit.internal;

import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Messages for assertions on the states an execution entered. Not API.
 *
 * @since 0.1.0
 */
public final class PathMessages {

    private PathMessages() {
    }

    /**
     * <pre>
     * Expecting execution to have followed path:
     *   [A, B, C]
     * but it followed:
     *   [A, B, D]
     * first difference at step 3: expected 'C' but was 'D'</pre>
     */
    public static ErrorMessageFactory shouldHaveFollowedPath(List<String> actual, List<String> expected) {
        return new Message(r -> "Expecting execution to have followed path:\n  " + Message.path(expected)
                + "\nbut it followed:\n  " + Message.path(actual)
                + "\nfirst difference " + firstDifference(actual, expected));
    }

    private static String firstDifference(List<String> actual, List<String> expected) {
        int step = 0;
        while (step < actual.size() && step < expected.size() && actual.get(step).equals(expected.get(step))) {
            step++;
        }
        String at = "at step " + (step + 1) + ": ";
        if (step == expected.size()) {
            return at + "expected the path to end but it entered '" + actual.get(step) + "'";
        }
        if (step == actual.size()) {
            return at + "expected '" + expected.get(step) + "' but the path ended";
        }
        return at + "expected '" + expected.get(step) + "' but was '" + actual.get(step) + "'";
    }

    /**
     * {@code previous} is the last expected state that was found in order, or null when {@code missing} is the
     * first: "…but it never entered 'C'" or "…but it did not enter 'C' after 'A'".
     */
    public static ErrorMessageFactory shouldHavePassedThrough(List<String> actual, List<String> expected,
                                                              String missing, String previous) {
        String reason = previous == null || !actual.contains(missing)
                ? "it never entered '" + missing + "'"
                : "it did not enter '" + missing + "' after '" + previous + "'";
        return new Message(r -> "Expecting execution to have passed through, in order:\n  " + Message.path(expected)
                + "\nbut " + reason + "; path: " + Message.path(actual));
    }

    /** {@code Expecting execution never to have visited [X, Y] but it visited 'X' 2 times; path: [A, X, X]} */
    public static ErrorMessageFactory shouldNeverHaveVisited(List<String> actual, List<String> states,
                                                             Map<String, Long> visited) {
        String which = visited.entrySet().stream()
                .map(e -> "'" + e.getKey() + "' " + Outcomes.times(e.getValue()))
                .collect(Collectors.joining(", "));
        return new Message(r -> "Expecting execution never to have visited " + states + " but it visited " + which
                + "; path: " + Message.path(actual));
    }

    /** {@code Expecting execution to have visited 'X' but it never did; path: [A, B]} */
    public static ErrorMessageFactory shouldHaveVisited(List<String> actual, String state) {
        return new Message(r -> "Expecting execution to have visited '" + state + "' but it never did; path: "
                + Message.path(actual));
    }

    /** {@code Expecting state 'X' to have been visited 2 times but it was visited 1 time; path: [A, X]} */
    public static ErrorMessageFactory shouldHaveBeenVisitedTimes(List<String> actual, String state, long expected,
                                                                 long visits) {
        return new Message(r -> "Expecting state '" + state + "' to have been visited " + Outcomes.times(expected)
                + " but it was visited " + Outcomes.times(visits) + "; path: " + Message.path(actual));
    }
}
