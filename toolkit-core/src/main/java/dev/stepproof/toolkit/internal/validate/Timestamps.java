package dev.stepproof.toolkit.internal.validate;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** RFC 3339 timestamps as AWS accepts them in Wait and Choice. */
public final class Timestamps {
    // The shape first (OffsetDateTime alone is more lenient than RFC 3339, e.g. about the 'T'), then the calendar.
    private static final Pattern SHAPE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    private Timestamps() {
    }

    public static boolean isRfc3339(String text) {
        if (!SHAPE.matcher(text).matches()) {
            return false;
        }
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
