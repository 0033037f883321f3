package dev.stepproof.toolkit.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.dataflow.EvalContext;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code StringMatches}: {@code *} matches any run of characters (none included) and nothing else is special;
 * {@code \*} is a literal star and {@code \\} a literal backslash. Compiled into the literal segments between
 * stars, so matching is a prefix test, a suffix test and an {@code indexOf} per middle segment: leftmost
 * placement of each middle segment is always safe because a star can absorb whatever it skips.
 *
 * <p>The spec calls any other escape an error, but the validator does not report it and what AWS does is not
 * recorded; rather than fail at run time, a backslash before any other character (or at the end) stands for
 * itself.
 */
final class Glob implements ValueTest {
    /** The literal text between stars; one segment means the pattern has no star. */
    private final String[] segments;
    /** The shortest text that can match: all segments laid end to end. */
    private final int minLength;

    private Glob(String[] segments) {
        this.segments = segments;
        int length = 0;
        for (String segment : segments) {
            length += segment.length();
        }
        this.minLength = length;
    }

    /** @param pattern the operand as written (JSON-decoded), never null */
    static Glob compile(String pattern) {
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length() && (pattern.charAt(i + 1) == '*' || pattern.charAt(i + 1) == '\\')) {
                current.append(pattern.charAt(++i));
            } else if (c == '*') {
                segments.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        segments.add(current.toString());
        return new Glob(segments.toArray(new String[0]));
    }

    @Override
    public boolean test(JsonNode value, EvalContext ctx) {
        return value.isTextual() && matches(value.textValue());
    }

    boolean matches(String text) {
        if (segments.length == 1) {
            return text.equals(segments[0]);
        }
        String first = segments[0];
        String last = segments[segments.length - 1];
        if (text.length() < minLength || !text.startsWith(first) || !text.endsWith(last)) {
            return false;
        }
        int from = first.length();
        int end = text.length() - last.length();
        for (int i = 1; i < segments.length - 1; i++) {
            int at = text.indexOf(segments[i], from);
            if (at < 0 || at + segments[i].length() > end) {
                return false;
            }
            from = at + segments[i].length();
        }
        return true;
    }
}
