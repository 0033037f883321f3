package dev.stepproof.maven;

/**
 * One {@code <limit>} of a {@link CoverageRule}: a counter and the smallest covered ratio allowed, as in
 * JaCoCo's {@code check} goal. Maven fills it from the plugin configuration; values are checked when the goal
 * runs, so a mistake gets a coded message rather than a configuration stack trace.
 *
 * @since 0.1.0
 */
public class CoverageLimit {

    /**
     * What is counted: {@code STATES} (the default), {@code TRANSITIONS}, {@code CHOICE_RULES}, {@code RETRIERS},
     * {@code CATCHERS} or {@code BRANCHES}.
     */
    private String counter = "STATES";

    /**
     * The smallest covered ratio allowed, from 0.0 to 1.0 ({@code 0.80}) or as a percentage ({@code 80%}). Its
     * decimal places set the precision of the message, as in JaCoCo.
     */
    private String minimum;

    /** For Maven. */
    public CoverageLimit() {
    }

    CoverageLimit(String counter, String minimum) {
        this.counter = counter;
        this.minimum = minimum;
    }

    String counter() {
        return counter;
    }

    String minimum() {
        return minimum;
    }
}
