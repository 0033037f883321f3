package dev.stepproof.toolkit.internal.fault;

import dev.stepproof.toolkit.Fault;

import java.util.Objects;

/**
 * One rule of a fault plan: which calls ({@link Selector}), when it fires (always, with a probability, or when a
 * rate limit is exceeded), and what it injects.
 *
 * @param probability chance of firing per matching call, in [0, 1]; 1 means always
 * @param rateLimit   when not null, the rule fires only for calls beyond the limit
 */
public record FaultRule(Selector selector, double probability, RateLimit rateLimit, Fault fault) {

    public FaultRule {
        Objects.requireNonNull(selector, "selector");
        Objects.requireNonNull(fault, "fault");
        if (!(probability >= 0.0 && probability <= 1.0)) {
            throw new IllegalArgumentException("A probability must be between 0 and 1, but was " + probability);
        }
    }

    /** @return whether the rule fires by chance, so that the plan's seed decides (and must be reported) */
    public boolean byChance() {
        return probability < 1.0;
    }

    /** @return e.g. {@code rule 2: resource 'arn:aws:states:::lambda:invoke' p=0.3} */
    public String describe(int index) {
        String when = rateLimit != null ? " " + rateLimit.describe() : byChance() ? " p=" + probability : "";
        return "rule " + (index + 1) + ": " + selector.describe() + when;
    }
}
