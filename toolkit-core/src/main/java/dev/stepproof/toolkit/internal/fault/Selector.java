package dev.stepproof.toolkit.internal.fault;

import dev.stepproof.toolkit.spi.TaskInvocation;

import java.util.Objects;

/**
 * Which calls a rule applies to: those of one state (by name) or of one resource (exact or glob), and of the
 * attempts {@code firstAttempt..lastAttempt} (1-based, inclusive; every attempt by default).
 *
 * @param stateName the state's name, or null for any state
 * @param resource  the resource pattern, or null for any resource
 */
public record Selector(String stateName, ResourcePattern resource, int firstAttempt, int lastAttempt) {

    public Selector {
        if (firstAttempt < 1 || lastAttempt < firstAttempt) {
            throw new IllegalArgumentException("Attempts are numbered from 1 and the range must not be empty, but was "
                    + firstAttempt + ".." + lastAttempt);
        }
    }

    /** @return the calls of the state named {@code stateName}, every attempt */
    public static Selector state(String stateName) {
        return new Selector(Objects.requireNonNull(stateName, "stateName"), null, 1, Integer.MAX_VALUE);
    }

    /** @return the calls of the resources {@code pattern} matches ({@link ResourcePattern}), every attempt */
    public static Selector resource(String pattern) {
        return new Selector(null, ResourcePattern.of(pattern), 1, Integer.MAX_VALUE);
    }

    /** @return the same calls, attempts {@code first..last} only (inclusive) */
    public Selector attempts(int first, int last) {
        return new Selector(stateName, resource, first, last);
    }

    /** @return whether {@code call} is one of the calls selected */
    public boolean matches(TaskInvocation call) {
        return (stateName == null || stateName.equals(call.stateName()))
                && (resource == null || resource.matches(call.resource()))
                && call.attempt() >= firstAttempt && call.attempt() <= lastAttempt;
    }

    /** @return e.g. {@code state 'Charge' attempt 1}, {@code resource 'arn:aws:states:::dynamodb:*' attempts 1-2} */
    public String describe() {
        String target = stateName != null ? "state '" + stateName + "'" : "resource '" + resource + "'";
        if (firstAttempt == 1 && lastAttempt == Integer.MAX_VALUE) {
            return target;
        }
        if (lastAttempt == Integer.MAX_VALUE) {
            return target + " attempts " + firstAttempt + "+";
        }
        return target + (firstAttempt == lastAttempt ? " attempt " + firstAttempt : " attempts " + firstAttempt + "-" + lastAttempt);
    }
}
