package dev.stepproof.junit.allure;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * One report step, free of Allure types so it can be built and tested without Allure: a state visit (or the
 * whole execution) with its outcome, the JSON it received and produced, and the steps nested in it.
 *
 * @param name     e.g. {@code Charge (Task) — retried ×1 — caught Payment.Declined → Refund}
 * @param outcome  how the step ended
 * @param message  the error and cause, or the errors retried; null when there is nothing to say
 * @param input    the state's input, or null
 * @param output   the state's output, or null when it did not exit
 * @param children visits of states in its Parallel branches or Map iterations, in order of entry
 */
record StepNode(String name, Outcome outcome, String message, JsonNode input, JsonNode output, List<StepNode> children) {

    /** Mirrors Allure's statuses. */
    enum Outcome {
        /** Exited normally, possibly after retries. */
        PASSED,
        /** An error was caught: the state exited through a catcher. */
        BROKEN,
        /** The state failed and nothing caught it (or it is a Fail state). */
        FAILED,
        /** Aborted because a sibling branch or iteration failed. */
        SKIPPED
    }

    StepNode {
        children = List.copyOf(children);
    }
}
