package dev.stepproof.toolkit.internal.coverage;

/** The item keys of {@code coverage.json}, in one place so the universe and the hits always agree. */
public final class ItemKeys {

    /** The pseudo-target of a transition that ends its workflow. Parentheses keep it apart from state names in practice. */
    public static final String END = "(end)";

    private ItemKeys() {
    }

    public static String transition(String from, String to) {
        return from + "->" + (to == null ? END : to);
    }

    public static String choiceRule(String state, int index) {
        return state + "[" + index + "]";
    }

    public static String choiceDefault(String state) {
        return state + "[default]";
    }

    public static String retrier(String state, int index) {
        return state + ".Retry[" + index + "]";
    }

    public static String catcher(String state, int index) {
        return state + ".Catch[" + index + "]";
    }

    public static String parallelBranch(String state, int index) {
        return state + ".Branches[" + index + "]";
    }

    public static String mapProcessor(String state) {
        return state + ".ItemProcessor";
    }
}
