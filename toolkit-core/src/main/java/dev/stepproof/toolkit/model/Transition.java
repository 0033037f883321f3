package dev.stepproof.toolkit.model;

/**
 * Where a state goes when it completes normally: its {@code Next} state, or the end of its workflow.
 * Both parts are kept as written, so an invalid definition with both or neither is still representable.
 *
 * @param next the {@code Next} state name, or {@code null} when absent
 * @param end  whether {@code "End": true} is present
 * @since 0.1.0
 */
public record Transition(String next, boolean end) {

    /** Neither {@code Next} nor {@code End}: what Choice, Succeed and Fail states have. */
    public static final Transition NONE = new Transition(null, false);

    /** {@code "End": true}. */
    public static final Transition END = new Transition(null, true);

    /**
     * @param next the target state name, never null
     * @return a transition to {@code next}
     */
    public static Transition to(String next) {
        if (next == null) {
            throw new IllegalArgumentException("next must not be null; use Transition.NONE");
        }
        return new Transition(next, false);
    }

    /** @return whether a {@code Next} state is named */
    public boolean hasNext() {
        return next != null;
    }
}
