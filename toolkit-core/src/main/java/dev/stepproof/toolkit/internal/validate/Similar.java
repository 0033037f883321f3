package dev.stepproof.toolkit.internal.validate;

import dev.stepproof.toolkit.internal.text.EditDistance;

import java.util.Collection;
import java.util.Optional;

/** Near-miss suggestions ("did you mean …?") by edit distance; shared by the validator and the mock-config reader. */
public final class Similar {
    private Similar() {
    }

    /** @return the candidate closest to {@code wanted}, ignoring case, if it is within a third of its length */
    public static Optional<String> closest(String wanted, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(wanted.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        int allowed = Math.max(1, Math.min(3, wanted.length() / 3));
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    static int distance(String a, String b) {
        return EditDistance.between(a, b);
    }
}
