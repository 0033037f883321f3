package dev.stepproof.toolkit;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A fault a {@link FaultInjector} injected into one Task call: where, when, what, and why.
 *
 * @param stateName the Task state's name
 * @param resource  the state's Resource
 * @param attempt   1 for the first attempt, 2 for the first retry, …
 * @param fault     what was injected
 * @param time      the virtual time the call started
 * @param rule      the plan rule that fired, as {@link FaultPlan#toString()} lists it
 * @param chaosSeed the seed when the fault was drawn by chance (replay with {@code FaultPlan.chaos(seed)}), else empty
 * @since 0.1.0
 */
public record InjectedFault(String stateName, String resource, int attempt, Fault fault, Instant time, String rule,
                            OptionalLong chaosSeed) {

    public InjectedFault {
        Objects.requireNonNull(stateName, "stateName");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(fault, "fault");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(chaosSeed, "chaosSeed");
    }

    /** @return e.g. {@code 2026-01-01T00:00:00Z state 'Charge' attempt 1: throttle (rule 1: state 'Charge' p=0.3) [StepProof chaos seed 7]} */
    @Override
    public String toString() {
        return time + " state '" + stateName + "' attempt " + attempt + ": " + fault.describe() + " (" + rule + ")"
                + (chaosSeed.isPresent() ? " [StepProof chaos seed " + chaosSeed.getAsLong() + "]" : "");
    }
}
