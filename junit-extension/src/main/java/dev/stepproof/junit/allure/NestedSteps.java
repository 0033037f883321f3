package dev.stepproof.junit.allure;

import dev.stepproof.junit.internal.NestedMessages;
import dev.stepproof.toolkit.ChildExecution;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionStatus;
import dev.stepproof.toolkit.MapRun;

import java.util.ArrayList;
import java.util.List;

/**
 * Summary steps for what an execution started: one per distributed Map Run (status and item counts) and one per
 * {@code startExecution.sync} child execution (outcome, input, output and path). They follow the state steps; the
 * children's own states are not expanded, the assertions and the child's history reach them.
 */
final class NestedSteps {

    private NestedSteps() {
    }

    static List<StepNode> of(Execution execution) {
        List<StepNode> steps = new ArrayList<>();
        for (MapRun run : execution.mapRuns()) {
            steps.add(new StepNode("Map Run of '" + run.stateName() + "': " + run.status() + " — "
                    + NestedMessages.counts(run), outcome(run.status()),
                    run.error() == null ? null : run.error() + (run.cause() == null ? "" : ": " + run.cause()),
                    null, null, List.of()));
        }
        for (ChildExecution child : execution.childExecutions()) {
            Execution e = child.execution();
            steps.add(new StepNode("Child execution of '" + child.stateName() + "' (attempt " + child.attempt() + "): "
                    + e.status() + (e.error() == null ? "" : " " + e.error()) + " — path "
                    + e.history().statesEntered(), outcome(e.status()),
                    e.error() == null ? null : e.error() + (e.cause() == null ? "" : ": " + e.cause()),
                    null, e.output(), List.of()));
        }
        return steps;
    }

    private static StepNode.Outcome outcome(ExecutionStatus status) {
        return status == ExecutionStatus.SUCCEEDED ? StepNode.Outcome.PASSED
                : status == ExecutionStatus.ABORTED ? StepNode.Outcome.SKIPPED : StepNode.Outcome.FAILED;
    }
}
