package dev.stepproof.toolkit.internal.mockconfig;

import java.util.Objects;

/**
 * One entry of a mocked response: the invocations {@code first..last} (0-based, inclusive) and their answer.
 *
 * @param key    the key as written ({@code "0"}, {@code "1-2"}), for messages
 * @param first  first invocation answered, at least 0
 * @param last   last invocation answered, at least {@code first}
 * @param answer never null
 */
public record InvocationRange(String key, int first, int last, MockAnswer answer) {
    public InvocationRange {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(answer, "answer");
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("invalid range " + first + "-" + last);
        }
    }

    boolean covers(int invocation) {
        return invocation >= first && invocation <= last;
    }
}
