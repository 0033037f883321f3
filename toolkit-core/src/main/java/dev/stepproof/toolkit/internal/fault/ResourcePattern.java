package dev.stepproof.toolkit.internal.fault;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Task Resource to match: exact, or a glob where {@code *} stands for any run of characters (none included),
 * e.g. {@code arn:aws:states:::dynamodb:*} or {@code *:function:charge*}. Nothing else is special.
 */
public final class ResourcePattern {

    private final String text;
    private final Pattern regex;

    private ResourcePattern(String text, Pattern regex) {
        this.text = text;
        this.regex = regex;
    }

    /** @param pattern a resource, with {@code *} where any text may stand; never null */
    public static ResourcePattern of(String pattern) {
        Objects.requireNonNull(pattern, "pattern");
        StringBuilder re = new StringBuilder();
        String[] parts = pattern.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                re.append(".*");
            }
            if (!parts[i].isEmpty()) {
                re.append(Pattern.quote(parts[i]));
            }
        }
        return new ResourcePattern(pattern, Pattern.compile(re.toString(), Pattern.DOTALL));
    }

    /** @return whether the whole of {@code resource} matches (false for null) */
    public boolean matches(String resource) {
        return resource != null && regex.matcher(resource).matches();
    }

    /** @return the pattern as written */
    @Override
    public String toString() {
        return text;
    }
}
