package dev.stepproof.toolkit.internal.validate;

import dev.stepproof.toolkit.internal.text.EditDistance;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the allowed name a user probably meant: same letters ignoring case, spaces and punctuation
 * ({@code "Error Equals"} for {@code ErrorEquals}), or at most two edits away with the same first letter
 * ({@code "Tsk"} for {@code Task}, but not {@code And} for {@code End}: typos seldom hit the first letter,
 * while short field names of different meaning are often one edit apart).
 */
final class NearMiss {

    private static final int MAX_EDITS = 2;

    private NearMiss() {
    }

    static Optional<String> among(String wrong, Collection<String> candidates) {
        String key = normalize(wrong);
        String best = null;
        int bestDistance = MAX_EDITS + 1;
        for (String candidate : candidates) {
            String other = normalize(candidate);
            if (!other.equals(key) && (key.isEmpty() || other.isEmpty() || key.charAt(0) != other.charAt(0))) {
                continue;
            }
            int distance = other.equals(key) ? 0 : EditDistance.between(key, other);
            if (distance < bestDistance && distance < Math.min(key.length(), other.length())) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String normalize(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9$]", "");
    }
}
