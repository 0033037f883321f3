package dev.stepproof.toolkit.internal.audit.iam;

import java.util.Locale;

/**
 * IAM wildcard matching ({@code *} any run of characters, {@code ?} one character) in the three forms the audit
 * needs. CloudFormation values StepProof cannot resolve appear as {@code ${…}} tokens; they stand for one
 * unknown value.
 */
public final class Glob {

    /**
     * Regex for the region and account fields of an ARN with their colons: each is text without colons or a
     * {@code ${AWS::Region}}-style token, which has colons of its own.
     */
    public static final String REGION_ACCOUNT = "(?:\\$\\{[^}]*}|[^:]*):(?:\\$\\{[^}]*}|[^:]*):";

    private Glob() {
    }

    /** @return whether {@code pattern} matches the concrete {@code value} (IAM actions: pass lower-cased text) */
    public static boolean matches(String pattern, String value) {
        return match(pattern, 0, value, 0, false);
    }

    /** @return whether the action pattern matches the action, ignoring case as IAM does */
    public static boolean matchesAction(String pattern, String action) {
        return matches(pattern.toLowerCase(Locale.ROOT), action.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code pattern} is sure to cover every resource {@code required} stands for. The wildcards of
     * {@code required} are taken literally, so {@code arn:aws:lambda:*:*:function:F} is covered by the same text or
     * by a wider pattern, but not by one naming a region: that case is {@link #intersects}.
     */
    public static boolean covers(String pattern, String required) {
        return match(pattern, 0, required, 0, false);
    }

    /**
     * Whether some resource could match both patterns; {@code ${…}} tokens count as wildcards, except that two
     * different whole-value tokens name two different resources of one template.
     */
    public static boolean intersects(String a, String b) {
        if (isToken(a) && isToken(b)) {
            return a.equals(b);
        }
        return match(tokensAsStars(a), 0, tokensAsStars(b), 0, true);
    }

    /** @return whether the text is exactly one {@code ${…}} token */
    public static boolean isToken(String s) {
        return s.startsWith("${") && s.indexOf('}') == s.length() - 1;
    }

    /** @return whether the text holds a {@code ${…}} token anywhere */
    public static boolean hasToken(String s) {
        int start = s.indexOf("${");
        return start >= 0 && s.indexOf('}', start) > start;
    }

    private static String tokensAsStars(String s) {
        return s.replaceAll("\\$\\{[^}]*}", "*");
    }

    // Iterative-enough backtracking: patterns are short ARNs and action names.
    private static boolean match(String p, int i, String v, int j, boolean bothWild) {
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '*') {
                for (int k = j; k <= v.length(); k++) {
                    if (match(p, i + 1, v, k, bothWild)) {
                        return true;
                    }
                }
                return false;
            }
            if (j >= v.length()) {
                return false;
            }
            char d = v.charAt(j);
            if (bothWild && d == '*') {
                // the other side's star may absorb this and further characters of p
                return match(p, i, v, j + 1, true) || match(p, i + 1, v, j, true);
            }
            if (c != '?' && c != d && !(bothWild && d == '?')) {
                return false;
            }
            i++;
            j++;
        }
        if (bothWild) {
            while (j < v.length() && v.charAt(j) == '*') {
                j++;
            }
        }
        return j == v.length();
    }
}
