package dev.stepproof.toolkit.coverage;

import java.util.Optional;

/**
 * What workflow coverage counts. Each metric has a universe of items computed from the definition and a hit
 * count per item accumulated from executions; an item is covered when it was hit at least once.
 *
 * <p>Item keys (as they appear in {@code coverage.json}):
 * <ul>
 *   <li>{@link #STATES}: the state name, e.g. {@code Charge}; nested states included.</li>
 *   <li>{@link #TRANSITIONS}: {@code From->To} for each {@code Next}, Choice rule target, {@code Default} and
 *       catcher target (an edge reached several ways is one item), and {@code From->(end)} for {@code End} and
 *       for Succeed states.</li>
 *   <li>{@link #CHOICE_RULES}: {@code Check[0]}, {@code Check[1]}, … and {@code Check[default]}.</li>
 *   <li>{@link #RETRIERS}: {@code Call.Retry[0]}, …</li>
 *   <li>{@link #CATCHERS}: {@code Call.Catch[0]}, …</li>
 *   <li>{@link #BRANCHES}: {@code Fork.Branches[0]}, … for Parallel states and {@code Each.ItemProcessor} for
 *       Map states (legacy {@code Iterator} included); hits count branch runs and Map iterations.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public enum CoverageMetric {
    /** Every state, nested ones included. */
    STATES("states"),
    /** Every edge of the state graph, {@code End} included. */
    TRANSITIONS("transitions"),
    /** Every Choice rule and every {@code Default}. */
    CHOICE_RULES("choiceRules"),
    /** Every retrier. */
    RETRIERS("retriers"),
    /** Every catcher. */
    CATCHERS("catchers"),
    /** Every Parallel branch and Map item processor. */
    BRANCHES("branches");

    private final String jsonName;

    CoverageMetric(String jsonName) {
        this.jsonName = jsonName;
    }

    /** @return the metric's key in {@code coverage.json}, e.g. {@code choiceRules}; never null */
    public String jsonName() {
        return jsonName;
    }

    /**
     * @param jsonName a key of a machine object in {@code coverage.json}, may be null
     * @return the metric with that key, or empty
     */
    public static Optional<CoverageMetric> fromJsonName(String jsonName) {
        for (CoverageMetric metric : values()) {
            if (metric.jsonName.equals(jsonName)) {
                return Optional.of(metric);
            }
        }
        return Optional.empty();
    }
}
