package dev.stepproof.junit;

import dev.stepproof.junit.internal.ExecutionFacts;
import dev.stepproof.junit.internal.PathMessages;
import dev.stepproof.toolkit.Execution;

import java.util.Objects;

/**
 * Assertions on the visits of one state of an execution. Obtained from {@link ExecutionAssert#state(String)}
 * or {@link ExecutionAssert#visited(String)}.
 *
 * @since 0.1.0
 */
public class StateVisitAssert extends StepProofAssert<StateVisitAssert, StateVisitAssert.Subject> {

    /**
     * What a {@link StateVisitAssert} is about: one state of one execution.
     *
     * @param execution the execution; may be null (assertions then fail)
     * @param state     the state's name; never null
     * @since 0.1.0
     */
    public record Subject(Execution execution, String state) {
        /**
         * Checks that {@code state} is not null.
         *
         * @param execution the execution; may be null
         * @param state     the state's name; never null
         */
        public Subject {
            Objects.requireNonNull(state, "state must not be null");
        }
    }

    /**
     * Public because AssertJ's soft proxies call it; prefer {@link ExecutionAssert#state(String)}.
     *
     * @param actual the state and its execution; never null
     */
    public StateVisitAssert(Subject actual) {
        super(actual, StateVisitAssert.class);
    }

    /**
     * Verifies that the state was entered exactly {@code times} times.
     * <pre>{@code
     * // passes, for a machine that polls until the third answer: Poll -> IsDone (Choice) -> Poll … -> Done
     * assertThat(execution).visited("Poll").times(3);
     * // fails:
     * //   Expecting state 'Poll' to have been visited 2 times but it was visited 3 times;
     * //   path: [Poll, IsDone, Poll, IsDone, Poll, IsDone, Done]
     * assertThat(execution).state("Poll").times(2);
     * }</pre>
     *
     * @param times the expected number of visits, 0 or more
     * @return this assert
     * @throws AssertionError if the execution is null or entered the state another number of times
     * @since 0.1.0
     */
    public StateVisitAssert times(int times) {
        Execution execution = actual.execution();
        requireExecution(execution);
        long visits = ExecutionFacts.visits(execution, actual.state());
        if (visits != times) {
            throwAssertionError(PathMessages.shouldHaveBeenVisitedTimes(pathOf(execution), actual.state(), times, visits));
        }
        return myself;
    }

    /**
     * Verifies that the state was entered at least once.
     * <pre>{@code
     * // passes
     * assertThat(execution).state("Charge").atLeastOnce();
     * // fails:
     * //   Expecting execution to have visited 'Refund' but it never did; path: [Validate, Charge, Done]
     * assertThat(execution).state("Refund").atLeastOnce();
     * }</pre>
     *
     * @return this assert
     * @throws AssertionError if the execution is null or never entered the state
     * @since 0.1.0
     */
    public StateVisitAssert atLeastOnce() {
        Execution execution = actual.execution();
        requireExecution(execution);
        if (ExecutionFacts.visits(execution, actual.state()) == 0) {
            throwAssertionError(PathMessages.shouldHaveVisited(pathOf(execution), actual.state()));
        }
        return myself;
    }
}
