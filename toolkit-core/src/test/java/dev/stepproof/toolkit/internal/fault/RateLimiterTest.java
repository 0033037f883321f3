package dev.stepproof.toolkit.internal.fault;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.BDDAssertions.then;

class RateLimiterTest {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void should_admit_n_calls_per_window_and_start_again_in_the_next() {
        // GIVEN
        RateLimiter limiter = new RateLimiter();
        RateLimit twoPerSecond = new RateLimit(2, Duration.ofSeconds(1));
        // WHEN / THEN
        then(limiter.admit(0, twoPerSecond, T)).isTrue();
        then(limiter.admit(0, twoPerSecond, T.plusMillis(400))).isTrue();
        then(limiter.admit(0, twoPerSecond, T.plusMillis(999))).isFalse();
        then(limiter.admit(0, twoPerSecond, T.plusMillis(999))).isFalse(); // refused calls are not counted…
        then(limiter.admit(0, twoPerSecond, T.plusMillis(1000))).isTrue(); // …and a new second starts afresh
        then(limiter.admit(1, twoPerSecond, T.plusMillis(999))).isTrue();  // each rule counts its own calls
    }

    @Test
    void should_refuse_everything_with_a_limit_of_zero() {
        then(new RateLimiter().admit(0, new RateLimit(0, Duration.ofSeconds(1)), T)).isFalse();
    }
}
