package dev.stepproof.toolkit.internal.time;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The RFC 3339 profile of ISO 8601 that AWS Step Functions accepts in Wait {@code Timestamp}/{@code TimestampPath}
 * and in the Choice {@code Timestamp…} operators: {@code YYYY-MM-DD}, an uppercase {@code T}, {@code hh:mm:ss},
 * an optional fraction of 1 to 9 digits, then an uppercase {@code Z} or an offset {@code ±hh:mm}.
 *
 * <p>Written by hand rather than with a regular expression plus {@code OffsetDateTime.parse}: Choice rules parse
 * the tested value on every evaluation, and this way a valid timestamp costs one pass over the text and no
 * exception, an invalid one a {@code null}. The accepted set is the one the earlier regex + {@code java.time}
 * check accepted: calendar-valid dates (leap years included), hours 00–23, seconds 00–59 (no leap second),
 * offsets up to ±18:00 as {@link java.time.ZoneOffset} allows.
 */
public final class Rfc3339 {

    private static final int MAX_OFFSET_SECONDS = 18 * 3600;

    private Rfc3339() {
    }

    /**
     * @param text the candidate, may be null
     * @return the instant it denotes, or null when {@code text} is null or not a valid timestamp of this profile
     */
    public static Instant parse(String text) {
        if (text == null || text.length() < 20) {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if ((year | month | day | hour | minute | second) < 0
                || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':'
                || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)
                || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        int pos = 19;
        int nanos = 0;
        if (text.charAt(pos) == '.') {
            int start = ++pos;
            while (pos < text.length() && isDigit(text.charAt(pos))) {
                pos++;
            }
            int count = pos - start;
            if (count < 1 || count > 9) {
                return null;
            }
            nanos = digits(text, start, count);
            for (int i = count; i < 9; i++) {
                nanos *= 10;
            }
        }
        int offsetSeconds = offset(text, pos);
        if (offsetSeconds == Integer.MIN_VALUE) {
            return null;
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        long epochSecond = epochDay * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(epochSecond, nanos);
    }

    /**
     * @param text the candidate, may be null
     * @return whether {@link #parse(String)} accepts it
     */
    public static boolean isValid(String text) {
        return parse(text) != null;
    }

    /** The zone designator from {@code pos} to the end: seconds east of UTC, or MIN_VALUE when malformed. */
    private static int offset(String text, int pos) {
        int remaining = text.length() - pos;
        if (remaining == 1 && text.charAt(pos) == 'Z') {
            return 0;
        }
        if (remaining != 6 || text.charAt(pos + 3) != ':') {
            return Integer.MIN_VALUE;
        }
        char sign = text.charAt(pos);
        int hours = digits(text, pos + 1, 2);
        int minutes = digits(text, pos + 4, 2);
        if ((sign != '+' && sign != '-') || hours < 0 || minutes < 0 || minutes > 59) {
            return Integer.MIN_VALUE;
        }
        int seconds = hours * 3600 + minutes * 60;
        if (seconds > MAX_OFFSET_SECONDS) {
            return Integer.MIN_VALUE;
        }
        return sign == '-' ? -seconds : seconds;
    }

    /** The unsigned decimal in {@code text[from, from+count)}, or -1 when a character there is not an ASCII digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int lengthOfMonth(int year, int month) {
        switch (month) {
            case 2:
                boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
                return leap ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }
}
