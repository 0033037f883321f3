package dev.stepproof.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code <rule>} of the {@code coverage-check} goal: which state machines it applies to and the limits they
 * must meet. Maven fills it from the plugin configuration.
 *
 * <pre>{@code
 * <rule>
 *   <stateMachine>orders*</stateMachine>
 *   <limits>
 *     <limit><counter>STATES</counter><minimum>1.00</minimum></limit>
 *     <limit><counter>CHOICE_RULES</counter><minimum>80%</minimum></limit>
 *   </limits>
 * </rule>
 * }</pre>
 *
 * @since 0.1.0
 */
public class CoverageRule {

    /** The state machine names this rule applies to: {@code *} any run of characters, {@code ?} one; default all. */
    private String stateMachine = "*";

    /** The limits every matching state machine must meet. */
    private List<CoverageLimit> limits = new ArrayList<>();

    /** For Maven. */
    public CoverageRule() {
    }

    CoverageRule(String stateMachine, List<CoverageLimit> limits) {
        this.stateMachine = stateMachine;
        this.limits = new ArrayList<>(limits);
    }

    String stateMachine() {
        return stateMachine;
    }

    List<CoverageLimit> limits() {
        return limits == null ? List.of() : limits;
    }
}
