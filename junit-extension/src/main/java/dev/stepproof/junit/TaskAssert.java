package dev.stepproof.junit;

import dev.stepproof.junit.internal.ExecutionFacts;
import dev.stepproof.junit.internal.TaskCall;
import dev.stepproof.junit.internal.TaskMessages;
import dev.stepproof.toolkit.Execution;

import java.util.List;
import java.util.Objects;

/**
 * Assertions on the calls of one Task state: one call per attempt, retries and later visits included, in the
 * order they were scheduled. Obtained from {@link ExecutionAssert#task(String)}.
 *
 * @since 0.1.0
 */
public class TaskAssert extends StepProofAssert<TaskAssert, TaskAssert.Subject> {

    /**
     * What a {@link TaskAssert} is about: one Task state of one execution.
     *
     * @param execution the execution; may be null (assertions then fail)
     * @param state     the Task state's name; never null
     * @since 0.1.0
     */
    public record Subject(Execution execution, String state) {
        /**
         * Checks that {@code state} is not null.
         *
         * @param execution the execution; may be null
         * @param state     the Task state's name; never null
         */
        public Subject {
            Objects.requireNonNull(state, "state must not be null");
        }
    }

    /**
     * Public because AssertJ's soft proxies call it; prefer {@link ExecutionAssert#task(String)}.
     *
     * @param actual the Task state and its execution; never null
     */
    public TaskAssert(Subject actual) {
        super(actual, TaskAssert.class);
    }

    /**
     * Verifies that the Task state was called exactly {@code times} times. The message lists the calls made.
     * <pre>{@code
     * // passes, after one throttled attempt and one retry (the machine of ExecutionAssert's examples)
     * assertThat(execution).task("Charge").calledTimes(2);
     * // fails:
     * //   Expecting task 'Charge' to have been called 1 time but it was called 2 times; path: [Validate, Charge, Done]
     * //   calls:
     * //     1. {"FunctionName":"charge","Payload":{"amount":5}}
     * //     2. {"FunctionName":"charge","Payload":{"amount":5}}
     * assertThat(execution).task("Charge").calledTimes(1);
     * }</pre>
     *
     * @param times the expected number of calls, 0 or more
     * @return this assert
     * @throws AssertionError if the execution is null or the state was called another number of times
     * @since 0.1.0
     */
    public TaskAssert calledTimes(int times) {
        Execution execution = actual.execution();
        requireExecution(execution);
        List<TaskCall> calls = ExecutionFacts.taskCalls(execution, actual.state());
        if (calls.size() != times) {
            throwAssertionError(TaskMessages.shouldHaveBeenCalledTimes(pathOf(execution), actual.state(), times, calls));
        }
        return myself;
    }

    /**
     * Selects call {@code number} (1 for the first) for further assertions, asserting nothing by itself; its
     * assertions fail when there was no such call.
     * <pre>{@code
     * assertThat(execution).task("Charge").call(2).withParameters("{\"amount\": 5}");
     * }</pre>
     *
     * @param number the call's number, 1-based
     * @return assertions on that call
     * @throws IllegalArgumentException if {@code number} is less than 1
     * @since 0.1.0
     */
    public TaskCallAssert call(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("call numbers start at 1, but was " + number);
        }
        return navigate(TaskCallAssert.class, TaskCallAssert.Subject.class,
                new TaskCallAssert.Subject(actual.execution(), actual.state(), number), TaskCallAssert::new);
    }
}
