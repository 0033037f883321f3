package dev.stepproof.toolkit.model;

import java.util.Optional;

/**
 * The eight ASL state types, as returned by {@link State#type()}. Java 17 has no pattern switch, so a
 * {@code switch} expression over this enum (exhaustive without {@code default}) or a {@link StateVisitor}
 * is the way to handle every state type with a compile-time check.
 *
 * @since 0.1.0
 */
public enum StateType {
    TASK("Task"), PASS("Pass"), CHOICE("Choice"), WAIT("Wait"),
    SUCCEED("Succeed"), FAIL("Fail"), PARALLEL("Parallel"), MAP("Map");

    private final String aslName;

    StateType(String aslName) {
        this.aslName = aslName;
    }

    /** @return the value of the {@code Type} field, e.g. {@code "Task"} */
    public String aslName() {
        return aslName;
    }

    /**
     * @param aslName the value of a {@code Type} field, may be null
     * @return the matching constant (exact, case-sensitive match), or empty
     */
    public static Optional<StateType> fromAslName(String aslName) {
        for (StateType type : values()) {
            if (type.aslName.equals(aslName)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
