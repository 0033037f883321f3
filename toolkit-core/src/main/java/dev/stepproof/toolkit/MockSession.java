package dev.stepproof.toolkit;

import dev.stepproof.toolkit.internal.mock.Dispatcher;
import dev.stepproof.toolkit.spi.TaskInvocation;
import dev.stepproof.toolkit.spi.TaskInvoker;
import dev.stepproof.toolkit.spi.TaskResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@link TaskInvoker} for one run: answers calls with the {@link Mocks} it was started from, advancing each
 * mock's responses, and records every call in a journal. Get one from {@link Mocks#session()}, usually one per
 * execution; a session used for several executions continues its sequences from one to the next.
 *
 * <pre>{@code
 * MockSession session = mocks.session();
 * interpreter.execute(ExecutionOptions.defaults().withTaskInvoker(session));
 * session.verifyAllMatched();
 * then(session.calls("ChargeCard")).extracting(MockCall::attempt).containsExactly(1, 2);
 * }</pre>
 *
 * <p>Thread-safe: calls and queries are serialised, so one session may serve concurrent executions (and its
 * handlers then see one call at a time). Queries return unmodifiable snapshots.
 *
 * @since 0.1.0
 */
public final class MockSession implements TaskInvoker {

    private final Dispatcher dispatcher;
    private final List<MockCall> journal = new ArrayList<>();
    private final List<String> nearMisses = new ArrayList<>();

    MockSession(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** Answers {@code invocation} with the first mock that matches it, and records the call. */
    @Override
    public synchronized TaskResult invoke(TaskInvocation invocation) {
        Objects.requireNonNull(invocation, "invocation must not be null");
        Dispatcher.Dispatched answer = dispatcher.dispatch(invocation);
        journal.add(MockCall.of(invocation, answer.mock(), answer.result()));
        if (answer.nearMiss() != null) {
            nearMisses.add(answer.nearMiss());
        }
        return answer.result();
    }

    /** @return every call so far, in the order they were made; never null */
    public synchronized List<MockCall> calls() {
        return List.copyOf(journal);
    }

    /** @return the calls of the Task state named {@code stateName}, in order; empty when there were none */
    public synchronized List<MockCall> calls(String stateName) {
        Objects.requireNonNull(stateName, "stateName must not be null");
        return journal.stream().filter(c -> c.stateName().equals(stateName)).toList();
    }

    /** @return how many calls (attempts included) the Task state named {@code stateName} made */
    public synchronized int callCount(String stateName) {
        return calls(stateName).size();
    }

    /** @return the calls no mock answered, in order; never null */
    public synchronized List<MockCall> unmatched() {
        return journal.stream().filter(c -> !c.matched()).toList();
    }

    /**
     * Fails a test whose workflow made a call no mock answers, even where a Catch or lenient mode hid it.
     *
     * @throws AssertionError listing each unmatched call with its nearest mocks
     */
    public synchronized void verifyAllMatched() {
        if (!nearMisses.isEmpty()) {
            throw new AssertionError("Expecting every Task call to be answered by a mock, but " + nearMisses.size()
                    + (nearMisses.size() == 1 ? " was not:\n" : " were not:\n") + String.join("\n\n", nearMisses));
        }
    }
}
