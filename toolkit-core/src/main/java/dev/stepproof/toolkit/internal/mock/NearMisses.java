package dev.stepproof.toolkit.internal.mock;

import dev.stepproof.toolkit.spi.TaskInvocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The cause of {@code StepProof.UnmatchedTask}: the call, then the mocks nearest to answering it and every
 * criterion each one missed, then how to fix it. Like WireMock's near misses, it saves the reader from diffing
 * the call against every mock by eye.
 *
 * <p>Nearest first: fewest missed criteria, then the smallest total distance (edit distance for a state name or
 * resource, number of differences for parameters), then declaration order, so the text is the same on every
 * run.
 */
final class NearMisses {
    /** More than this and the list stops helping: the reader wants the typo, not an inventory. */
    private static final int SHOWN = 5;
    private static final int PARAMETER_CHARS = 500;

    private NearMisses() {
    }

    private record Candidate(int index, String mock, List<Criterion.Mismatch> mismatches, int distance) {
    }

    static String message(TaskInvocation call, List<MockDefinition> mocks) {
        StringBuilder text = new StringBuilder("No mock answers Task state '").append(call.stateName())
                .append("' (resource ").append(call.resource()).append(", attempt ").append(call.attempt())
                .append(") with parameters ").append(MockJson.compact(call.parameters(), PARAMETER_CHARS)).append('.');
        List<Candidate> nearest = rank(call, mocks);
        if (nearest.isEmpty()) {
            text.append("\nNo mocks are declared.");
        } else {
            text.append("\nNearest mocks:");
        }
        for (int i = 0; i < Math.min(SHOWN, nearest.size()); i++) {
            Candidate c = nearest.get(i);
            text.append("\n  ").append(i + 1).append(") ").append(c.mock()).append(": ")
                    .append(String.join("; ", c.mismatches().stream().map(Criterion.Mismatch::reason).toList()));
        }
        int hidden = nearest.size() - SHOWN;
        if (hidden > 0) {
            text.append("\n  (").append(hidden).append(hidden == 1 ? " more mock" : " more mocks").append(" not shown)");
        }
        return text.append("\nFix: add a mock that answers it, e.g. Mock.forState(\"").append(javaString(call.stateName()))
                .append("\").returns(\"{}\"), or use Mocks.lenient() to answer unmatched tasks with {}.").toString();
    }

    private static List<Candidate> rank(TaskInvocation call, List<MockDefinition> mocks) {
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; i < mocks.size(); i++) {
            List<Criterion.Mismatch> missed = mocks.get(i).mismatches(call);
            int distance = missed.stream().mapToInt(Criterion.Mismatch::distance).sum();
            all.add(new Candidate(i, mocks.get(i).description(), missed, distance));
        }
        all.sort(Comparator.comparingInt((Candidate c) -> c.mismatches().size())
                .thenComparingInt(Candidate::distance).thenComparingInt(Candidate::index));
        return all;
    }

    private static String javaString(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
