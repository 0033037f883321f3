package dev.stepproof.toolkit.internal.mockconfig;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a mocked response's invocation key: {@code "3"} or an inclusive range {@code "1-2"} (AWS's two forms).
 * Surrounding blanks are tolerated, as Step Functions emulators tolerate them.
 *
 * @param first  first invocation, or -1 when the key is invalid
 * @param last   last invocation, or -1 when the key is invalid
 * @param reason why the key is invalid (ending a sentence), or null when it is valid
 */
record InvocationKey(int first, int last, String reason) {

    private static final Pattern FORM = Pattern.compile("\\s*(\\d+)\\s*(?:-\\s*(\\d+)\\s*)?");

    static InvocationKey parse(String key) {
        Matcher m = FORM.matcher(key);
        if (!m.matches()) {
            return invalid("which is neither an invocation number such as '0' nor an inclusive range such as '1-2'");
        }
        Integer first = number(m.group(1));
        Integer last = m.group(2) == null ? first : number(m.group(2));
        if (first == null || last == null) {
            return invalid("whose invocation number is too large");
        }
        if (last < first) {
            return invalid("whose end comes before its start");
        }
        return new InvocationKey(first, last, null);
    }

    boolean valid() {
        return reason == null;
    }

    private static InvocationKey invalid(String reason) {
        return new InvocationKey(-1, -1, reason);
    }

    private static Integer number(String digits) {
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
