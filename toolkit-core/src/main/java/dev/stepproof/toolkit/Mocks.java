package dev.stepproof.toolkit;

import dev.stepproof.toolkit.internal.catalogue.IntegrationCatalogue;
import dev.stepproof.toolkit.internal.mock.Dispatcher;
import dev.stepproof.toolkit.internal.mock.MockDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The mocks for the Task states of a workflow: an immutable definition, safe to share between tests and threads.
 * It answers nothing itself; {@link #session()} starts a {@link MockSession}, the {@code TaskInvoker} one run
 * uses, which holds the per-mock call counters and the call journal.
 *
 * <pre>{@code
 * Mocks mocks = Mocks.of(
 *         Mock.forState("ChargeCard").throttles().returnsPayload("{\"charged\": true}"),
 *         Mock.forResource("arn:aws:states:::dynamodb:*").returns("{}"));
 * MockSession session = mocks.session();
 * Execution execution = interpreter.execute(ExecutionOptions.defaults().withTaskInvoker(session));
 * then(session.callCount("ChargeCard")).isEqualTo(2);
 * }</pre>
 *
 * <h2>Which mock answers</h2>
 * Mocks that name the state ({@code forState}/{@code withState}) are consulted first, then the others, each group
 * in declaration order; the first mock whose criteria all hold answers the call and its response sequence advances
 * by one. So a broad {@code forResource(…)} never shadows a {@code forState(…)}, wherever it is declared.
 *
 * <h2>Unmatched calls</h2>
 * Strict by default: a call no mock answers fails the task with {@code StepProof.UnmatchedTask} and a cause listing
 * the nearest mocks and what each missed. That is a task error like any other, so a Catch on {@code States.ALL} or
 * {@code States.TaskFailed} can swallow it; {@link MockSession#unmatched()} and
 * {@link MockSession#verifyAllMatched()} let a test notice anyway. {@link #lenient()} answers unmatched calls with
 * {@code {}} instead (still listed by {@code unmatched()}).
 *
 * <h2>Why sessions</h2>
 * Response sequences need counters, and counters shared by every execution that uses a {@code Mocks} would make
 * one test's calls move another's sequence, and make concurrent runs nondeterministic. Keeping the definition
 * immutable and the state in a session per run means there is no {@code reset()} to forget.
 *
 * @since 0.1.0
 */
public final class Mocks {

    private final List<Mock> mocks;
    private final boolean strict;

    private Mocks(List<Mock> mocks, boolean strict) {
        this.mocks = List.copyOf(mocks);
        this.strict = strict;
    }

    /**
     * @param mocks in declaration order; each must have at least one response and no {@code delays} left waiting
     * @return strict mocks
     * @throws IllegalArgumentException naming the first mock that cannot be used
     */
    public static Mocks of(Mock... mocks) {
        return new Mocks(List.of(), true).with(mocks);
    }

    /** @return a copy with {@code more} appended, after the mocks declared so far; checked as {@link #of} does */
    public Mocks with(Mock... more) {
        List<Mock> all = new ArrayList<>(mocks);
        for (Mock mock : Objects.requireNonNull(more, "mocks must not be null")) {
            Objects.requireNonNull(mock, "a mock must not be null");
            mock.definition().problem().ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            });
            all.add(mock);
        }
        return new Mocks(all, strict);
    }

    /** @return a copy whose sessions answer a call no mock answers with {@code {}} instead of failing the task */
    public Mocks lenient() {
        return new Mocks(mocks, false);
    }

    /** @return a copy whose sessions fail a call no mock answers with {@code StepProof.UnmatchedTask} (the default) */
    public Mocks strict() {
        return new Mocks(mocks, true);
    }

    /** @return whether unmatched calls fail (true) or get {@code {}} (false) */
    public boolean isStrict() {
        return strict;
    }

    /** @return the mocks in declaration order; never null, unmodifiable */
    public List<Mock> mocks() {
        return mocks;
    }

    /** @return a new session: every sequence at its first response and an empty journal; never null */
    public MockSession session() {
        List<MockDefinition> definitions = mocks.stream().map(Mock::definition).toList();
        return new MockSession(new Dispatcher(definitions, strict, IntegrationCatalogue.standard()));
    }
}
