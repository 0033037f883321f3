package dev.stepproof.toolkit.internal.mock;

import dev.stepproof.toolkit.spi.TaskInvocation;

/** The error names mocks produce (stable: tests and Catch clauses match on them) and their fixed texts. */
public final class MockErrors {
    /** No mock answered the call and the mocks are strict. */
    public static final String UNMATCHED_TASK = "StepProof.UnmatchedTask";
    /** A handler given to {@code answers…} returned null. */
    public static final String HANDLER_ERROR = "StepProof.MockHandlerError";
    /** The cause of a {@code throttles()} failure; AWS's services say this for a throttled request. */
    static final String THROTTLING_CAUSE = "Rate exceeded";

    private MockErrors() {
    }

    static String handlerReturnedNull(String mock, TaskInvocation call) {
        return "Mock " + mock + " answered Task state '" + call.stateName() + "' (attempt " + call.attempt()
                + ") with null: expected a JsonNode (NullNode.getInstance() for JSON null) or a TaskResult";
    }
}
