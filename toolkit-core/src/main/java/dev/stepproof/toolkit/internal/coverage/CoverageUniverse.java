package dev.stepproof.toolkit.internal.coverage;

import dev.stepproof.toolkit.coverage.CoverageMetric;
import dev.stepproof.toolkit.model.ChoiceRule;
import dev.stepproof.toolkit.model.ChoiceState;
import dev.stepproof.toolkit.model.State;
import dev.stepproof.toolkit.model.StateMachine;
import dev.stepproof.toolkit.model.StateType;
import dev.stepproof.toolkit.model.Workflow;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything a state machine's executions could cover, read from the definition: the item keys of each metric,
 * and for each branch the state it starts at (which is how branch runs are counted). Immutable.
 */
public final class CoverageUniverse {

    private final Map<CoverageMetric, SortedSet<String>> items;
    private final Map<String, String> branchStarts;

    private CoverageUniverse(Map<CoverageMetric, SortedSet<String>> items, Map<String, String> branchStarts) {
        this.items = items;
        this.branchStarts = branchStarts;
    }

    public static CoverageUniverse of(StateMachine machine) {
        EnumMap<CoverageMetric, SortedSet<String>> items = new EnumMap<>(CoverageMetric.class);
        for (CoverageMetric metric : CoverageMetric.values()) {
            items.put(metric, new TreeSet<>());
        }
        TreeMap<String, String> branchStarts = new TreeMap<>();
        for (State state : machine.allStates()) {
            add(state, items, branchStarts);
        }
        items.replaceAll((metric, keys) -> Collections.unmodifiableSortedSet(keys));
        return new CoverageUniverse(Collections.unmodifiableMap(items), Collections.unmodifiableMap(branchStarts));
    }

    private static void add(State state, Map<CoverageMetric, SortedSet<String>> items, Map<String, String> branchStarts) {
        String name = state.name();
        items.get(CoverageMetric.STATES).add(name);
        SortedSet<String> transitions = items.get(CoverageMetric.TRANSITIONS);
        if (state.transition().hasNext()) {
            transitions.add(ItemKeys.transition(name, state.transition().next()));
        }
        // Succeed exits and ends its workflow, like End: true; Fail never exits, so it has no edge.
        if (state.transition().end() || state.type() == StateType.SUCCEED) {
            transitions.add(ItemKeys.transition(name, null));
        }
        if (state instanceof ChoiceState choice) {
            addChoice(choice, items);
        }
        for (int i = 0; i < state.retriers().size(); i++) {
            items.get(CoverageMetric.RETRIERS).add(ItemKeys.retrier(name, i));
        }
        for (int i = 0; i < state.catchers().size(); i++) {
            items.get(CoverageMetric.CATCHERS).add(ItemKeys.catcher(name, i));
            addEdge(transitions, name, state.catchers().get(i).next());
        }
        addBranches(state, items.get(CoverageMetric.BRANCHES), branchStarts);
    }

    private static void addChoice(ChoiceState choice, Map<CoverageMetric, SortedSet<String>> items) {
        List<ChoiceRule> rules = choice.choices();
        for (int i = 0; i < rules.size(); i++) {
            items.get(CoverageMetric.CHOICE_RULES).add(ItemKeys.choiceRule(choice.name(), i));
            addEdge(items.get(CoverageMetric.TRANSITIONS), choice.name(), rules.get(i).next());
        }
        if (choice.defaultState() != null) {
            items.get(CoverageMetric.CHOICE_RULES).add(ItemKeys.choiceDefault(choice.name()));
            addEdge(items.get(CoverageMetric.TRANSITIONS), choice.name(), choice.defaultState());
        }
    }

    /** A null target is a definition the validator rejects; it adds no edge rather than a false End. */
    private static void addEdge(SortedSet<String> transitions, String from, String to) {
        if (to != null) {
            transitions.add(ItemKeys.transition(from, to));
        }
    }

    private static void addBranches(State state, SortedSet<String> branches, Map<String, String> branchStarts) {
        List<Workflow> nested = state.nestedWorkflows();
        for (int i = 0; i < nested.size(); i++) {
            String key = state.type() == StateType.MAP
                    ? ItemKeys.mapProcessor(state.name())
                    : ItemKeys.parallelBranch(state.name(), i);
            branches.add(key);
            if (nested.get(i).startAt() != null) {
                branchStarts.put(key, nested.get(i).startAt());
            }
        }
    }

    /** @return the item keys of {@code metric}, sorted; never null */
    public SortedSet<String> items(CoverageMetric metric) {
        return items.get(metric);
    }

    /** @return for each branch key, the name of the state the branch starts at */
    public Map<String, String> branchStarts() {
        return branchStarts;
    }
}
