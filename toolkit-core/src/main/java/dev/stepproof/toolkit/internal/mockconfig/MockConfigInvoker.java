package dev.stepproof.toolkit.internal.mockconfig;

import dev.stepproof.toolkit.spi.TaskInvocation;
import dev.stepproof.toolkit.spi.TaskInvoker;
import dev.stepproof.toolkit.spi.TaskResult;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Answers Task states as Step Functions Local does for one test case: each mocked state gets its mocked response's
 * answers in invocation order, counted per state across the whole execution (retries, loops and Map iterations
 * included), from 0.
 *
 * <p>Two departures, both failures rather than guesses: a state the test case does not mock fails with
 * {@value #UNMOCKED} (Step Functions Local would call the real service); an invocation past the last answer fails
 * the execution with {@code States.Runtime}, which no Retry or Catch handles (AWS: "the state machine execution
 * will fail"). The counters live in this object: use a fresh invoker per execution.
 */
public final class MockConfigInvoker implements TaskInvoker {

    /** The error of a Task state the test case does not mock. */
    public static final String UNMOCKED = "StepProof.UnmockedTask";

    private static final String RUNTIME = "States.Runtime";

    private final TestCase testCase;
    private final Map<String, MockedResponse> responses;
    private final Map<String, AtomicInteger> invocations = new ConcurrentHashMap<>();

    /** @param responses every mocked response the test case names (the model guarantees it) */
    public MockConfigInvoker(TestCase testCase, Map<String, MockedResponse> responses) {
        this.testCase = Objects.requireNonNull(testCase, "testCase");
        this.responses = Map.copyOf(responses);
    }

    @Override
    public TaskResult invoke(TaskInvocation invocation) {
        String state = invocation.stateName();
        String responseName = testCase.responses().get(state);
        if (responseName == null) {
            return TaskResult.failure(UNMOCKED, "Test case '" + testCase.name() + "' of state machine '"
                    + testCase.stateMachine() + "' does not mock Task state '" + state + "' (it mocks "
                    + testCase.responses().keySet() + "); Step Functions Local would call " + invocation.resource()
                    + " for real, which StepProof does not do. Map '" + state + "' to a mocked response in the test case.");
        }
        MockedResponse response = responses.get(responseName);
        int n = invocations.computeIfAbsent(state, k -> new AtomicInteger()).getAndIncrement();
        return response.answerFor(n).map(MockConfigInvoker::result).orElseGet(() -> TaskResult.failure(RUNTIME,
                "Test case '" + testCase.name() + "' of state machine '" + testCase.stateMachine()
                        + "' has no answer for invocation " + n + " of Task state '" + state + "': mocked response '"
                        + responseName + "' answers invocations 0 to " + (response.invocations() - 1)
                        + ". Step Functions Local fails the execution here; add an answer for invocation " + n
                        + " to '" + responseName + "'."));
    }

    private static TaskResult result(MockAnswer answer) {
        if (answer instanceof MockAnswer.Return r) {
            // A copy, so that nothing downstream can change the configuration shared by later executions.
            return TaskResult.success(r.value().deepCopy());
        }
        MockAnswer.Throw t = (MockAnswer.Throw) answer;
        return TaskResult.failure(t.error(), t.cause());
    }
}
