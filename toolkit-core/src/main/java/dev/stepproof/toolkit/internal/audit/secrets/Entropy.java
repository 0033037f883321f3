package dev.stepproof.toolkit.internal.audit.secrets;

import java.util.HashMap;
import java.util.Map;

/** Shannon entropy in bits per character, the measure detect-secrets and gitleaks threshold on. */
public final class Entropy {

    private Entropy() {
    }

    /** @return the entropy of the character distribution of {@code s}; 0 for the empty string */
    public static double shannon(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        Map<Character, Integer> counts = new HashMap<>();
        for (char c : s.toCharArray()) {
            counts.merge(c, 1, Integer::sum);
        }
        double h = 0;
        for (int n : counts.values()) {
            double p = (double) n / s.length();
            h -= p * (Math.log(p) / Math.log(2));
        }
        return h;
    }
}
