package dev.stepproof.junit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.junit.internal.ExecutionFacts;
import dev.stepproof.junit.internal.Json;
import dev.stepproof.junit.internal.JsonDiff;
import dev.stepproof.junit.internal.NestedMessages;
import dev.stepproof.junit.internal.OutputMessages;
import dev.stepproof.junit.internal.PathMessages;
import dev.stepproof.junit.internal.StatusMessages;
import dev.stepproof.junit.internal.TaskMessages;
import dev.stepproof.toolkit.ChildExecution;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionStatus;
import org.assertj.core.description.EmptyTextDescription;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Assertions on one {@link Execution}: how it ended, its output, the states it entered, retries, catches and
 * Task calls. Obtain one from {@link StepProofAssertions#assertThat(Execution)} or, softly, from
 * {@link SoftStepProofAssertions#assertThat(Execution)}. Every failure message shows the path the execution
 * took; output failures show the first difference by JSON Pointer.
 *
 * <p>The examples below use this definition, whose Task invoker answers {@code {"charged":true}} unless it is
 * said to refuse ({@code Payment.Refused}) or throttle ({@code Throttled}):
 * <pre>{@code
 * Validate (Pass) -> Charge (Task) -> Done (Succeed)
 * Charge: Retry Throttled; Catch Payment.Refused -> Refund (Fail, error 'Payment.Refused', cause 'card declined')
 * }</pre>
 *
 * @since 0.1.0
 */
public class ExecutionAssert extends StepProofAssert<ExecutionAssert, Execution> {

    /**
     * Public because AssertJ's soft proxies call it; prefer {@link StepProofAssertions#assertThat(Execution)}.
     *
     * @param actual the execution under test; may be null (every assertion then fails)
     */
    public ExecutionAssert(Execution actual) {
        super(actual, ExecutionAssert.class);
    }

    /**
     * Verifies that the execution succeeded.
     * <pre>{@code
     * // passes
     * assertThat(harness.run("{}")).succeeded();
     * // fails when Charge was refused:
     * //   Expecting execution to have succeeded but it FAILED with error 'Payment.Refused' and cause 'card declined';
     * //   path: [Validate, Charge, Refund]
     * assertThat(refusedRun).succeeded();
     * }</pre>
     *
     * @return this assert
     * @throws AssertionError if the execution is null or did not succeed
     * @since 0.1.0
     */
    public ExecutionAssert succeeded() {
        isNotNull();
        if (actual.status() != ExecutionStatus.SUCCEEDED) {
            throwAssertionError(StatusMessages.shouldHaveSucceeded(actual));
        }
        return myself;
    }

    /**
     * Verifies that the execution failed with error {@code error}, whatever its cause.
     * <pre>{@code
     * // passes
     * assertThat(refusedRun).failedWith("Payment.Refused");
     * // fails:
     * //   Expecting execution to have failed with error 'Payment.Refused' but it SUCCEEDED with output {"charged":true}; path: [Validate, Charge, Done]
     * assertThat(harness.run("{}")).failedWith("Payment.Refused");
     * }</pre>
     *
     * @param error the expected error name; never null
     * @return this assert
     * @throws AssertionError if the execution is null, did not fail, or failed with another error
     * @since 0.1.0
     */
    public ExecutionAssert failedWith(String error) {
        Objects.requireNonNull(error, "error must not be null");
        isNotNull();
        if (actual.status() != ExecutionStatus.FAILED || !error.equals(actual.error())) {
            throwAssertionError(StatusMessages.shouldHaveFailedWith(actual, error));
        }
        return myself;
    }

    /**
     * Verifies that the execution failed with error {@code error} and cause {@code cause}.
     * <pre>{@code
     * // passes
     * assertThat(refusedRun).failedWith("Payment.Refused", "card declined");
     * // fails:
     * //   Expecting execution to have failed with error 'Payment.Refused' and cause 'expired' but it FAILED with
     * //   error 'Payment.Refused' and cause 'card declined'; path: [Validate, Charge, Refund]
     * assertThat(refusedRun).failedWith("Payment.Refused", "expired");
     * }</pre>
     *
     * @param error the expected error name; never null
     * @param cause the expected cause; null to expect no cause
     * @return this assert
     * @throws AssertionError if the execution is null, did not fail, or failed with another error or cause
     * @since 0.1.0
     */
    public ExecutionAssert failedWith(String error, String cause) {
        Objects.requireNonNull(error, "error must not be null");
        isNotNull();
        if (actual.status() != ExecutionStatus.FAILED || !error.equals(actual.error())
                || !Objects.equals(cause, actual.cause())) {
            throwAssertionError(StatusMessages.shouldHaveFailedWith(actual, error, cause));
        }
        return myself;
    }

    /**
     * Verifies that the execution timed out (its {@code TimeoutSeconds} elapsed, in virtual time).
     * <pre>{@code
     * // passes, for another machine: "TimeoutSeconds": 60 and a Wait of an hour
     * assertThat(harness.run("{}")).timedOut();
     * // fails:
     * //   Expecting execution to have timed out but it SUCCEEDED with output {"charged":true}; path: [Validate, Charge, Done]
     * assertThat(quickRun).timedOut();
     * }</pre>
     *
     * @return this assert
     * @throws AssertionError if the execution is null or did not time out
     * @since 0.1.0
     */
    public ExecutionAssert timedOut() {
        isNotNull();
        if (actual.status() != ExecutionStatus.TIMED_OUT) {
            throwAssertionError(StatusMessages.shouldHaveTimedOut(actual));
        }
        return myself;
    }

    /**
     * Verifies that the execution succeeded with exactly this output: same members, same array order, numbers
     * compared by value ({@code 1} equals {@code 1.0}), member order ignored.
     * <pre>{@code
     * // passes
     * assertThat(harness.run("{}")).hasOutput("{\"charged\": true}");
     * // fails:
     * //   Expecting execution output to be:
     * //     {"charged":false}
     * //   but was:
     * //     {"charged":true}
     * //   first difference at /charged: expected false but was true
     * //   path: [Validate, Charge, Done]
     * assertThat(harness.run("{}")).hasOutput("{\"charged\": false}");
     * }</pre>
     *
     * @param json the expected output as JSON text; never null
     * @return this assert
     * @throws AssertionError if the execution is null, did not succeed, or has another output
     * @throws IllegalArgumentException if {@code json} is not JSON
     * @since 0.1.0
     */
    public ExecutionAssert hasOutput(String json) {
        return hasOutput(Json.parse("expected output", json));
    }

    /**
     * As {@link #hasOutput(String)}, with the expected output as a tree.
     *
     * @param expected the expected output; never null
     * @return this assert
     * @since 0.1.0
     */
    public ExecutionAssert hasOutput(JsonNode expected) {
        Objects.requireNonNull(expected, "expected output must not be null");
        Optional<String> difference = outputDifference(expected, false);
        difference.ifPresent(d -> throwWithDiff(OutputMessages.shouldHaveOutput(actual, expected, d), expected));
        return myself;
    }

    /**
     * Verifies that the execution succeeded with an output that contains this JSON: every member given must be
     * there with an equal value, at any depth; other members are ignored. Arrays match element by element.
     * <pre>{@code
     * // passes, when Charge answers {"charged":true,"id":"c-1"}
     * assertThat(harness.run("{}")).hasOutputContaining("{\"charged\": true}");
     * // fails:
     * //   Expecting execution output to contain:
     * //     {"receipt":"r-1"}
     * //   but was:
     * //     {"charged":true,"id":"c-1"}
     * //   first difference at /receipt: expected "r-1" but the member is missing
     * //   path: [Validate, Charge, Done]
     * assertThat(harness.run("{}")).hasOutputContaining("{\"receipt\": \"r-1\"}");
     * }</pre>
     *
     * @param json the expected part of the output as JSON text; never null
     * @return this assert
     * @throws AssertionError if the execution is null, did not succeed, or its output lacks or differs in a member
     * @throws IllegalArgumentException if {@code json} is not JSON
     * @since 0.1.0
     */
    public ExecutionAssert hasOutputContaining(String json) {
        return hasOutputContaining(Json.parse("expected output", json));
    }

    /**
     * As {@link #hasOutputContaining(String)}, with the expected part as a tree.
     *
     * @param expected the expected part of the output; never null
     * @return this assert
     * @since 0.1.0
     */
    public ExecutionAssert hasOutputContaining(JsonNode expected) {
        Objects.requireNonNull(expected, "expected output must not be null");
        Optional<String> difference = outputDifference(expected, true);
        difference.ifPresent(d -> throwWithDiff(OutputMessages.shouldHaveOutputContaining(actual, expected, d), expected));
        return myself;
    }

    private Optional<String> outputDifference(JsonNode expected, boolean partial) {
        isNotNull();
        if (actual.status() != ExecutionStatus.SUCCEEDED) {
            throwAssertionError(OutputMessages.shouldHaveSucceededWithOutput(actual, expected));
        }
        return partial ? JsonDiff.partial(expected, actual.output()) : JsonDiff.exact(expected, actual.output());
    }

    private void throwWithDiff(ErrorMessageFactory message, JsonNode expected) {
        // Carry both documents, indented, so that IDEs offer their side-by-side comparison.
        String text = message.create(EmptyTextDescription.emptyDescription(), info.representation());
        throw failureWithActualExpected(Json.pretty(actual.output()), Json.pretty(expected), "%s", text);
    }

    /**
     * Verifies that the execution entered exactly these states, in this order, and no others (states of
     * Parallel branches and Map iterations included, as the history lists them).
     * <pre>{@code
     * // passes
     * assertThat(harness.run("{}")).followedPath("Validate", "Charge", "Done");
     * // fails:
     * //   Expecting execution to have followed path:
     * //     [Validate, Charge, Refund]
     * //   but it followed:
     * //     [Validate, Charge, Done]
     * //   first difference at step 3: expected 'Refund' but was 'Done'
     * assertThat(harness.run("{}")).followedPath("Validate", "Charge", "Refund");
     * }</pre>
     *
     * @param states the expected state names, in order; never null
     * @return this assert
     * @throws AssertionError if the execution is null or entered other states
     * @since 0.1.0
     */
    public ExecutionAssert followedPath(String... states) {
        List<String> expected = names(states);
        isNotNull();
        List<String> path = pathOf(actual);
        if (!path.equals(expected)) {
            throwAssertionError(PathMessages.shouldHaveFollowedPath(path, expected));
        }
        return myself;
    }

    /**
     * Verifies that the execution entered these states in this order, possibly with other states before,
     * between and after them.
     * <pre>{@code
     * // passes
     * assertThat(execution).passedThrough("Validate", "Done");
     * // fails:
     * //   Expecting execution to have passed through, in order:
     * //     [Done, Charge]
     * //   but it did not enter 'Charge' after 'Done'; path: [Validate, Charge, Done]
     * assertThat(execution).passedThrough("Done", "Charge");
     * }</pre>
     *
     * @param states the state names expected in this order; never null
     * @return this assert
     * @throws AssertionError if the execution is null or did not enter them in this order
     * @since 0.1.0
     */
    public ExecutionAssert passedThrough(String... states) {
        List<String> expected = names(states);
        isNotNull();
        List<String> path = pathOf(actual);
        int from = 0;
        String previous = null;
        for (String state : expected) {
            int at = path.subList(from, path.size()).indexOf(state);
            if (at < 0) {
                throwAssertionError(PathMessages.shouldHavePassedThrough(path, expected, state, previous));
            }
            from += at + 1;
            previous = state;
        }
        return myself;
    }

    /**
     * Verifies that the execution entered none of these states.
     * <pre>{@code
     * // passes
     * assertThat(harness.run("{}")).neverVisited("Refund");
     * // fails:
     * //   Expecting execution never to have visited [Done] but it visited 'Done' 1 time; path: [Validate, Charge, Done]
     * assertThat(harness.run("{}")).neverVisited("Done");
     * }</pre>
     *
     * @param states the state names; never null
     * @return this assert
     * @throws AssertionError if the execution is null or entered any of them
     * @since 0.1.0
     */
    public ExecutionAssert neverVisited(String... states) {
        List<String> names = names(states);
        isNotNull();
        Map<String, Long> visited = new LinkedHashMap<>();
        for (String state : names) {
            long visits = ExecutionFacts.visits(actual, state);
            if (visits > 0) {
                visited.put(state, visits);
            }
        }
        if (!visited.isEmpty()) {
            throwAssertionError(PathMessages.shouldNeverHaveVisited(pathOf(actual), names, visited));
        }
        return myself;
    }

    /**
     * Verifies that the execution entered {@code state} at least once, and returns assertions on its visits.
     * <pre>{@code
     * // passes
     * assertThat(harness.run("{}")).visited("Charge").times(1);
     * // fails:
     * //   Expecting execution to have visited 'Refund' but it never did; path: [Validate, Charge, Done]
     * assertThat(harness.run("{}")).visited("Refund");
     * }</pre>
     *
     * @param state the state name; never null
     * @return assertions on the visits of {@code state}
     * @throws AssertionError if the execution is null or never entered {@code state} (collected, when soft)
     * @since 0.1.0
     */
    public StateVisitAssert visited(String state) {
        StateVisitAssert visits = state(state);
        if (actual != null && ExecutionFacts.visits(actual, state) == 0) {
            failWhileNavigating(PathMessages.shouldHaveVisited(pathOf(actual), state));
        }
        return visits;
    }

    /**
     * Selects the visits of {@code state} for further assertions, asserting nothing by itself (so
     * {@code state("X").times(0)} works).
     *
     * @param state the state name; never null
     * @return assertions on the visits of {@code state}
     * @since 0.1.0
     */
    public StateVisitAssert state(String state) {
        Objects.requireNonNull(state, "state must not be null");
        return navigate(StateVisitAssert.class, StateVisitAssert.Subject.class,
                new StateVisitAssert.Subject(actual, state), StateVisitAssert::new);
    }

    /**
     * Verifies how many times the Retriers of {@code state} retried it, over the whole execution.
     * <pre>{@code
     * // passes, when the first two calls were throttled
     * assertThat(execution).retried("Charge", 2);
     * // fails:
     * //   Expecting state 'Charge' to have been retried 1 time but it was retried 2 times; path: [Validate, Charge, Done]
     * assertThat(execution).retried("Charge", 1);
     * }</pre>
     *
     * @param state the state name; never null
     * @param times the expected number of retries, 0 or more
     * @return this assert
     * @throws AssertionError if the execution is null or {@code state} was retried another number of times
     * @since 0.1.0
     */
    public ExecutionAssert retried(String state, int times) {
        Objects.requireNonNull(state, "state must not be null");
        isNotNull();
        long retries = ExecutionFacts.retries(actual, state);
        if (retries != times) {
            throwAssertionError(TaskMessages.shouldHaveBeenRetried(pathOf(actual), state, times, retries));
        }
        return myself;
    }

    /**
     * Verifies that a Catcher of {@code state} caught error {@code error} at least once. The error name is read
     * from the history, which names it for Task states; AWS's history does not name the error a Parallel or Map
     * state failed with, so such catches never match (the message says so).
     * <pre>{@code
     * // passes
     * assertThat(execution).caught("Charge", "Payment.Refused");
     * // fails:
     * //   Expecting state 'Charge' to have caught error 'Timeout' but it caught 'Payment.Refused'; path: [Validate, Charge, Refund]
     * assertThat(execution).caught("Charge", "Timeout");
     * }</pre>
     *
     * @param state the state name; never null
     * @param error the error name; never null
     * @return this assert
     * @throws AssertionError if the execution is null or no Catcher of {@code state} caught {@code error}
     * @since 0.1.0
     */
    public ExecutionAssert caught(String state, String error) {
        Objects.requireNonNull(state, "state must not be null");
        Objects.requireNonNull(error, "error must not be null");
        isNotNull();
        List<String> caught = ExecutionFacts.caughtErrors(actual, state);
        if (!caught.contains(error)) {
            throwAssertionError(TaskMessages.shouldHaveCaught(pathOf(actual), state, error, caught));
        }
        return myself;
    }

    /**
     * Selects the calls of Task state {@code state} (one per attempt, retries included) for further
     * assertions, asserting nothing by itself.
     * <pre>{@code
     * assertThat(execution).task("Charge").calledTimes(3);
     * assertThat(execution).task("Charge").call(1).withParameters("{\"amount\": 5}");
     * }</pre>
     *
     * @param state the Task state's name; never null
     * @return assertions on the calls of {@code state}
     * @since 0.1.0
     */
    public TaskAssert task(String state) {
        Objects.requireNonNull(state, "state must not be null");
        return navigate(TaskAssert.class, TaskAssert.Subject.class, new TaskAssert.Subject(actual, state), TaskAssert::new);
    }

    // Navigation to what the execution started or received: distributed Map Runs, callbacks, child executions.

    /**
     * Selects the last Map Run of the distributed Map state {@code state} for further assertions, asserting
     * nothing by itself; its assertions fail when the state started no Map Run.
     * <pre>{@code
     * assertThat(execution).mapRun("Rows").succeeded().hasItemCounts(2, 1, 3);
     * }</pre>
     *
     * @param state the Map state's name; never null
     * @return assertions on its last Map Run
     * @since 0.1.0
     */
    public MapRunAssert mapRun(String state) {
        Objects.requireNonNull(state, "state must not be null");
        return navigate(MapRunAssert.class, MapRunAssert.Subject.class, new MapRunAssert.Subject(actual, state), MapRunAssert::new);
    }

    /**
     * Selects the callbacks sent to the {@code .waitForTaskToken} Task state {@code state} (all attempts).
     * <pre>{@code
     * assertThat(execution).callback("Approve").allAccepted().sent(2);
     * }</pre>
     *
     * @param state the Task state's name; never null
     * @return assertions on its callbacks
     * @since 0.1.0
     */
    public CallbackAssert callback(String state) {
        Objects.requireNonNull(state, "state must not be null");
        return navigate(CallbackAssert.class, CallbackAssert.Subject.class, new CallbackAssert.Subject(actual, state), CallbackAssert::new);
    }

    /**
     * Selects every callback sent to the execution's tasks, in sending order.
     *
     * @return assertions on all callbacks
     * @since 0.1.0
     */
    public CallbackAssert callbacks() {
        return navigate(CallbackAssert.class, CallbackAssert.Subject.class, new CallbackAssert.Subject(actual, null), CallbackAssert::new);
    }

    /**
     * Navigates to child execution {@code number} (1 for the first started) of the execution's
     * {@code startExecution.sync[:2]} tasks, so that every execution assertion applies to it.
     * <pre>{@code
     * assertThat(execution).childExecution(1).succeeded().followedPath("Charge", "Settle", "Paid");
     * // fails:
     * //   Expecting child execution number 2 but the execution started 1 child execution(s): [Pay]; path: [Prepare, Pay, Done]
     * assertThat(execution).childExecution(2);
     * }</pre>
     *
     * @param number the child's number in start order, 1-based
     * @return assertions on that child (on null, failing, when there is no such child)
     * @throws AssertionError if the execution is null or started fewer children (collected, when soft)
     * @throws IllegalArgumentException if {@code number} is less than 1
     * @since 0.1.0
     */
    public ExecutionAssert childExecution(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("child execution numbers start at 1, but was " + number);
        }
        return child(children -> children.size() >= number ? children.get(number - 1) : null,
                "child execution number " + number);
    }

    /**
     * Navigates to the last child execution that the Task state {@code state} started (a retried task starts one
     * per attempt), so that every execution assertion applies to it.
     * <pre>{@code
     * assertThat(execution).childExecution("Pay").failedWith("Payments.AccountClosed");
     * }</pre>
     *
     * @param state the parent's Task state; never null
     * @return assertions on that child (on null, failing, when there is none)
     * @throws AssertionError if the execution is null or {@code state} started no child (collected, when soft)
     * @since 0.1.0
     */
    public ExecutionAssert childExecution(String state) {
        Objects.requireNonNull(state, "state must not be null");
        return child(children -> children.stream().filter(c -> c.stateName().equals(state))
                .reduce((first, second) -> second).orElse(null), "a child execution started by state '" + state + "'");
    }

    private ExecutionAssert child(Function<List<ChildExecution>, ChildExecution> pick, String which) {
        Execution child = null;
        if (actual == null) {
            failWhileNavigating(NestedMessages.shouldBeAnExecution());
        } else {
            ChildExecution picked = pick.apply(actual.childExecutions());
            if (picked == null) {
                failWhileNavigating(NestedMessages.shouldHaveChild(
                        pathOf(actual), which, actual.childExecutions()));
            } else {
                child = picked.execution();
            }
        }
        return navigate(ExecutionAssert.class, Execution.class, child, ExecutionAssert::new);
    }

    private static List<String> names(String... states) {
        Objects.requireNonNull(states, "states must not be null");
        List<String> names = Arrays.asList(states);
        if (names.contains(null)) {
            throw new NullPointerException("state names must not be null: " + names);
        }
        return List.copyOf(names);
    }
}
