package dev.stepproof.toolkit.internal.coverage;

import dev.stepproof.toolkit.model.Catcher;
import dev.stepproof.toolkit.model.ChoiceState;
import dev.stepproof.toolkit.model.State;
import dev.stepproof.toolkit.model.StateMachine;
import dev.stepproof.toolkit.model.StateType;
import dev.stepproof.toolkit.model.Workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The graph a diagram draws: one node per state (nested ones included, in definition order) and one edge per
 * distinct pair of states, labelled with how it is taken ({@code [0]}, {@code default}, {@code catch}); plus
 * "contains" edges from a Parallel or Map state to the start of each branch, and the states that end their
 * workflow.
 */
final class DiagramGraph {

    enum EdgeKind { NEXT, CHOICE, CATCH, CONTAINS }

    /** @param coverageKey the transitions or branches item that says whether the edge was taken */
    record Edge(String from, String to, EdgeKind kind, String label, String coverageKey) {
    }

    final List<State> states;
    final List<Edge> edges;
    final List<String> ending;
    final String startAt;

    private DiagramGraph(List<State> states, List<Edge> edges, List<String> ending, String startAt) {
        this.states = states;
        this.edges = edges;
        this.ending = ending;
        this.startAt = startAt;
    }

    static DiagramGraph of(StateMachine machine) {
        Map<String, Edge> edges = new LinkedHashMap<>();
        List<String> ending = new ArrayList<>();
        for (State state : machine.allStates()) {
            String name = state.name();
            if (state.transition().hasNext()) {
                add(edges, name, state.transition().next(), EdgeKind.NEXT, "");
            }
            if (state.transition().end() || state.type() == StateType.SUCCEED) {
                ending.add(name);
            }
            if (state instanceof ChoiceState choice) {
                for (int i = 0; i < choice.choices().size(); i++) {
                    add(edges, name, choice.choices().get(i).next(), EdgeKind.CHOICE, "[" + i + "]");
                }
                add(edges, name, choice.defaultState(), EdgeKind.CHOICE, "default");
            }
            for (Catcher catcher : state.catchers()) {
                add(edges, name, catcher.next(), EdgeKind.CATCH, "catch");
            }
            addContains(edges, state);
        }
        return new DiagramGraph(machine.allStates(), List.copyOf(edges.values()), List.copyOf(ending), machine.startAt());
    }

    /** Several ways to the same state make one edge; its label lists them all. */
    private static void add(Map<String, Edge> edges, String from, String to, EdgeKind kind, String label) {
        if (to == null) {
            return;
        }
        String key = ItemKeys.transition(from, to);
        Edge old = edges.get(key);
        if (old == null) {
            edges.put(key, new Edge(from, to, kind, label, key));
        } else {
            String merged = old.label().isEmpty() ? label : label.isEmpty() ? old.label() : old.label() + " " + label;
            edges.put(key, new Edge(from, to, old.kind() == EdgeKind.NEXT ? kind : old.kind(), merged, key));
        }
    }

    private static void addContains(Map<String, Edge> edges, State state) {
        List<Workflow> nested = state.nestedWorkflows();
        for (int i = 0; i < nested.size(); i++) {
            String start = nested.get(i).startAt();
            if (start != null) {
                String key = state.type() == StateType.MAP ? ItemKeys.mapProcessor(state.name()) : ItemKeys.parallelBranch(state.name(), i);
                edges.put("contains:" + key, new Edge(state.name(), start, EdgeKind.CONTAINS, "", key));
            }
        }
    }
}
