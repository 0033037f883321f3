package dev.stepproof.junit.allure;

import dev.stepproof.toolkit.Decision;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.HistoryEvent;
import dev.stepproof.toolkit.model.State;
import dev.stepproof.toolkit.model.StateMachine;
import dev.stepproof.toolkit.model.Workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an execution into a tree of {@link StepNode}s: one per state entered, in order of entry, the states of
 * Parallel branches and Map iterations nested under their Parallel or Map state.
 *
 * <p>The history says which events belong together through {@code previousEventId} chains (each branch and
 * iteration has its own chain), and state names say which visit an event concerns (they are unique across
 * the machine). Which catcher handled an error is only in {@link Execution#decisions()}: the interpreter
 * records a state's TRANSITION decision right after writing its exit event, and a CATCH decision right before
 * that, so the k-th exit of a state pairs with its k-th TRANSITION decision.
 */
final class ExecutionSteps {

    private final Execution execution;
    private final Map<String, String> enclosing = new HashMap<>();
    private final Map<String, List<Decision>> catchesByExit = new HashMap<>();
    private final Map<String, Integer> exitsSeen = new HashMap<>();
    private final List<VisitBuilder> roots = new ArrayList<>();

    private ExecutionSteps(StateMachine machine, Execution execution) {
        this.execution = execution;
        for (State state : machine.allStates()) {
            for (Workflow nested : state.nestedWorkflows()) {
                nested.states().keySet().forEach(child -> enclosing.put(child, state.name()));
            }
        }
        pairCatchesWithExits(execution.decisions());
    }

    /** @return the execution as one step whose children are the top-level state visits */
    static StepNode of(String stateMachineName, StateMachine machine, Execution execution) {
        return new ExecutionSteps(machine, execution).build(stateMachineName);
    }

    private void pairCatchesWithExits(List<Decision> decisions) {
        Decision previous = null;
        for (Decision d : decisions) {
            if (d.kind() == Decision.Kind.TRANSITION) {
                boolean caught = previous != null && previous.kind() == Decision.Kind.CATCH && previous.state().equals(d.state());
                catchesByExit.computeIfAbsent(d.state(), k -> new ArrayList<>()).add(caught ? previous : null);
            }
            previous = d;
        }
    }

    private StepNode build(String stateMachineName) {
        Map<Long, VisitBuilder> owner = new HashMap<>();
        for (HistoryEvent e : execution.history().events()) {
            if (e.type().endsWith("StateEntered")) {
                owner.put(e.id(), enter(e, owner.get(e.previousEventId())));
            } else {
                VisitBuilder visit = VisitBuilder.named(owner.get(e.previousEventId()), e.stateName());
                if (visit != null) {
                    visit.add(e, this::catchOfNextExit);
                }
                owner.put(e.id(), visit);
            }
        }
        List<StepNode> children = new ArrayList<>();
        roots.forEach(root -> children.add(root.toStep(execution)));
        children.addAll(NestedSteps.of(execution));
        // The first state's raw input is the execution's input (ExecutionStarted holds it only as text).
        return ExecutionStep.of(stateMachineName, execution, children.isEmpty() ? null : children.get(0).input(), children);
    }

    private VisitBuilder enter(HistoryEvent e, VisitBuilder before) {
        String parentName = enclosing.get(e.stateName());
        VisitBuilder parent = parentName == null ? null : VisitBuilder.named(before, parentName);
        VisitBuilder visit = new VisitBuilder(e, parent);
        (parent == null ? roots : parent.children).add(visit);
        return visit;
    }

    private Decision catchOfNextExit(String state) {
        int k = exitsSeen.merge(state, 1, Integer::sum) - 1;
        List<Decision> catches = catchesByExit.getOrDefault(state, List.of());
        return k < catches.size() ? catches.get(k) : null;
    }
}
