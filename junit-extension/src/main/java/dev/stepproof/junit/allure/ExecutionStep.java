package dev.stepproof.junit.allure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.Execution;

import java.util.List;

/** The step that stands for a whole execution and holds its state steps. */
final class ExecutionStep {

    private ExecutionStep() {
    }

    static StepNode of(String stateMachineName, Execution execution, JsonNode input, List<StepNode> states) {
        String name = "Execution of '" + stateMachineName + "': " + execution.status()
                + (execution.succeeded() || execution.error() == null ? "" : " " + execution.error());
        if (execution.succeeded()) {
            return new StepNode(name, StepNode.Outcome.PASSED, null, input, execution.output(), states);
        }
        String message = execution.error() == null ? null
                : execution.error() + (execution.cause() == null ? "" : ": " + execution.cause());
        return new StepNode(name, StepNode.Outcome.FAILED, message, input, null, states);
    }
}
