package dev.stepproof.toolkit.internal.fault;

import java.time.Duration;
import java.util.Objects;

/**
 * At most {@code calls} calls per {@code window} of virtual time; windows are aligned on multiples of their
 * length since the epoch (a fixed-window limiter, like the per-second quotas AWS services enforce).
 */
public record RateLimit(int calls, Duration window) {

    public RateLimit {
        Objects.requireNonNull(window, "window");
        if (calls < 0 || window.toMillis() <= 0) {
            throw new IllegalArgumentException("A rate limit needs calls >= 0 and a window of at least 1 ms, but was "
                    + calls + " per " + window);
        }
    }

    /** @return e.g. {@code rate limit 3 per PT1S} */
    public String describe() {
        return "rate limit " + calls + " per " + window;
    }
}
