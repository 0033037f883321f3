package dev.stepproof.junit.internal;

import dev.stepproof.toolkit.ChildExecution;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.StateMachines;
import dev.stepproof.toolkit.model.StateMachine;

import java.util.Optional;

/**
 * Walks the child executions of {@code startExecution.sync[:2]} tasks, at any depth, with the registered machine
 * each ran, so that coverage can record them as the separate state machines they are. Not API.
 *
 * @since 0.1.0
 */
public final class ChildMachines {

    /** Told about one child execution. */
    @FunctionalInterface
    public interface Visitor {
        void visit(String stateMachineName, StateMachine machine, Execution execution);
    }

    private ChildMachines() {
    }

    /**
     * Visits every child of {@code execution}, depth first in start order. A child is named by the state machine
     * name in its StateMachineArn (the name coverage reports it under), else by the ARN as written.
     *
     * @param registry the registry the execution ran with; children it does not know are skipped
     */
    public static void forEach(Execution execution, StateMachines registry, Visitor visitor) {
        for (ChildExecution child : execution.childExecutions()) {
            Optional<StateMachine> machine = registry.find(child.stateMachineArn());
            if (machine.isPresent()) {
                String name = StateMachines.nameOf(child.stateMachineArn()).orElse(child.stateMachineArn());
                visitor.visit(name, machine.get(), child.execution());
            }
            forEach(child.execution(), registry, visitor);
        }
    }
}
