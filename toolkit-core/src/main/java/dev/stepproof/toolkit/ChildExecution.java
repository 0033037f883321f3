package dev.stepproof.toolkit;

import java.util.Objects;

/**
 * A nested execution StepProof ran for a {@code states:startExecution.sync} or {@code .sync:2} Task whose state
 * machine is registered in {@link StateMachines}.
 *
 * @param stateName       the parent's Task state that started it
 * @param attempt         the parent's attempt (1 for the first)
 * @param stateMachineArn the StateMachineArn the task asked for
 * @param executionArn    the child's execution ARN
 * @param execution       the child's execution, with its own history and children
 * @since 0.1.0
 */
public record ChildExecution(String stateName, int attempt, String stateMachineArn, String executionArn,
                             Execution execution) {
    public ChildExecution {
        Objects.requireNonNull(stateName, "stateName");
        Objects.requireNonNull(stateMachineArn, "stateMachineArn");
        Objects.requireNonNull(executionArn, "executionArn");
        Objects.requireNonNull(execution, "execution");
    }
}
