package dev.stepproof.toolkit.internal.coverage;

import dev.stepproof.toolkit.Decision;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.coverage.CoverageMetric;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hits of one execution, per metric and item key. States come from the history's {@code …StateEntered}
 * events; everything else from {@link Execution#decisions()}, which name the rule, retrier or catcher that
 * fired (the history does not).
 */
public final class ExecutionTally {

    private ExecutionTally() {
    }

    /**
     * @param execution an execution of the machine {@code universe} was computed from
     * @param universe  supplies the branch start states
     * @return hits per metric and item; only items hit at least once appear
     */
    public static Map<CoverageMetric, Map<String, Long>> of(Execution execution, CoverageUniverse universe) {
        EnumMap<CoverageMetric, Map<String, Long>> hits = new EnumMap<>(CoverageMetric.class);
        for (CoverageMetric metric : CoverageMetric.values()) {
            hits.put(metric, new TreeMap<>());
        }
        Map<String, Long> entered = entries(execution);
        hits.get(CoverageMetric.STATES).putAll(entered);
        Map<String, Long> enteredByTransition = new TreeMap<>();
        for (Decision d : execution.decisions()) {
            count(hits, d);
            if (d.kind() == Decision.Kind.TRANSITION && d.target() != null) {
                enteredByTransition.merge(d.target(), 1L, Long::sum);
            }
        }
        // A branch or Map iteration starts with an entry into its StartAt state that no transition led to;
        // the difference also holds when a loop inside the branch re-enters its start state.
        universe.branchStarts().forEach((branch, start) -> {
            long runs = entered.getOrDefault(start, 0L) - enteredByTransition.getOrDefault(start, 0L);
            if (runs > 0) {
                hits.get(CoverageMetric.BRANCHES).put(branch, runs);
            }
        });
        return hits;
    }

    /**
     * Entries per state from the history. With history recording off there are no events, so each exit
     * (TRANSITION decision) stands for an entry: close, but it misses states the execution failed in.
     */
    private static Map<String, Long> entries(Execution execution) {
        Map<String, Long> entered = new TreeMap<>();
        if (!execution.history().events().isEmpty()) {
            execution.history().statesEntered().forEach(name -> entered.merge(name, 1L, Long::sum));
            childOnlyStates(execution, entered.keySet()).forEach(name -> entered.put(name, 1L));
            return entered;
        }
        for (Decision d : execution.decisions()) {
            if (d.kind() == Decision.Kind.TRANSITION) {
                entered.merge(d.state(), 1L, Long::sum);
            }
        }
        return entered;
    }

    /**
     * States the decisions show but the history does not: those of distributed Map child executions, whose
     * events are in the children's own histories while their decisions reach the parent once per distinct
     * decision (D22). Each counts once, as its decisions do. A decision's target is entered too, so a Fail
     * state reached by a Choice rule or a Catcher counts although it decides nothing itself.
     */
    private static java.util.Set<String> childOnlyStates(Execution execution, java.util.Set<String> inHistory) {
        java.util.Set<String> seen = new java.util.TreeSet<>();
        for (Decision d : execution.decisions()) {
            for (String name : new String[] {d.state(), d.target()}) {
                if (name != null && !inHistory.contains(name)) {
                    seen.add(name);
                }
            }
        }
        return seen;
    }

    private static void count(Map<CoverageMetric, Map<String, Long>> hits, Decision d) {
        switch (d.kind()) {
            case TRANSITION -> hit(hits, CoverageMetric.TRANSITIONS, ItemKeys.transition(d.state(), d.target()));
            case CHOICE_RULE -> hit(hits, CoverageMetric.CHOICE_RULES, ItemKeys.choiceRule(d.state(), d.index()));
            case CHOICE_DEFAULT -> hit(hits, CoverageMetric.CHOICE_RULES, ItemKeys.choiceDefault(d.state()));
            case RETRY -> hit(hits, CoverageMetric.RETRIERS, ItemKeys.retrier(d.state(), d.index()));
            case CATCH -> hit(hits, CoverageMetric.CATCHERS, ItemKeys.catcher(d.state(), d.index()));
        }
    }

    private static void hit(Map<CoverageMetric, Map<String, Long>> hits, CoverageMetric metric, String key) {
        hits.get(metric).merge(key, 1L, Long::sum);
    }
}
