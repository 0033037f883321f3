package dev.stepproof.toolkit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@code StartAt} plus {@code States} graph: a Parallel branch, a Map item processor (or legacy
 * {@code Iterator}), or the top level seen through {@link StateMachine#asWorkflow()}. {@code Next} may only
 * name a state of the same workflow.
 *
 * @param pointer RFC 6901 pointer of the workflow object ({@code ""} for the top level), never null
 * @param startAt {@code StartAt}, or null when absent
 * @param states  the states by name, in definition order; never null
 * @param comment {@code Comment}, or null
 * @since 0.1.0
 */
public record Workflow(String pointer, String startAt, Map<String, State> states, String comment) {

    public Workflow {
        Objects.requireNonNull(pointer, "pointer");
        states = ModelCopies.orderedMap(states);
    }

    /**
     * @return every state of this workflow and of the workflows nested in it, depth first: each state is
     *         followed by the states of its branches (in order) or item processor
     */
    public List<State> allStates() {
        List<State> all = new ArrayList<>();
        collect(states, all);
        return List.copyOf(all);
    }

    static void collect(Map<String, State> states, List<State> into) {
        for (State state : states.values()) {
            into.add(state);
            for (Workflow nested : state.nestedWorkflows()) {
                collect(nested.states(), into);
            }
        }
    }
}
