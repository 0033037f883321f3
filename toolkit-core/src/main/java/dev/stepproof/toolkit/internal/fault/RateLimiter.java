package dev.stepproof.toolkit.internal.fault;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts the calls admitted per rate-limit rule in the current window of virtual time. The interpreter's clock
 * never goes back within an execution, so one window per rule is enough: a call in a later window starts a new
 * count. Throttled calls are not counted (the service rejected them before doing any work).
 */
final class RateLimiter {

    private final Map<Integer, long[]> windows = new HashMap<>();

    /** @return true when the call is within the limit (and is counted), false when it must be throttled */
    boolean admit(int ruleIndex, RateLimit limit, Instant time) {
        long window = Math.floorDiv(time == null ? 0 : time.toEpochMilli(), limit.window().toMillis());
        long[] current = windows.computeIfAbsent(ruleIndex, k -> new long[]{window, 0});
        if (current[0] != window) {
            current[0] = window;
            current[1] = 0;
        }
        if (current[1] >= limit.calls()) {
            return false;
        }
        current[1]++;
        return true;
    }
}
