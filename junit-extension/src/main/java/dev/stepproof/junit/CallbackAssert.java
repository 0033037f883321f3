package dev.stepproof.junit;

import dev.stepproof.junit.internal.NestedMessages;
import dev.stepproof.toolkit.CallbackDelivery;
import dev.stepproof.toolkit.Execution;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Assertions on what became of the callbacks ({@code SendTaskSuccess}/{@code Failure}/{@code Heartbeat}) sent to
 * one {@code .waitForTaskToken} Task state, or to all of them, in sending order. Obtained from
 * {@link ExecutionAssert#callback(String)} or {@link ExecutionAssert#callbacks()}. Failure messages list every
 * callback with its attempt, virtual time and outcome.
 *
 * @since 0.1.0
 */
public class CallbackAssert extends StepProofAssert<CallbackAssert, CallbackAssert.Subject> {

    /**
     * What a {@link CallbackAssert} is about: the callbacks of one Task state of one execution, or all of them.
     *
     * @param execution the execution; may be null (assertions then fail)
     * @param state     the Task state's name, or null for every state's callbacks
     * @since 0.1.0
     */
    public record Subject(Execution execution, String state) {
    }

    /**
     * Public because AssertJ's soft proxies call it; prefer {@link ExecutionAssert#callback(String)}.
     *
     * @param actual the state (or null for all) and its execution; never null
     */
    public CallbackAssert(Subject actual) {
        super(actual, CallbackAssert.class);
    }

    /**
     * Verifies that the callbacks had exactly these outcomes, in sending order.
     * <pre>{@code
     * // passes: a heartbeat and an answer taken, then a late answer to the closed task
     * assertThat(execution).callback("Approve").hasOutcomes(ACCEPTED, ACCEPTED, TASK_TIMED_OUT);
     * // fails:
     * //   Expecting callbacks of state 'Approve' to have had outcomes [ACCEPTED] but they had [TASK_TIMED_OUT]
     * //   callbacks:
     * //     SUCCESS to 'Approve' attempt 1 at 2026-01-02T00:00:00Z: TASK_TIMED_OUT (TaskTimedOut)
     * assertThat(late).callback("Approve").hasOutcomes(ACCEPTED);
     * }</pre>
     *
     * @param outcomes the expected outcomes, in sending order; never null
     * @return this assert
     * @throws AssertionError if the execution is null or the outcomes differ
     * @since 0.1.0
     */
    public CallbackAssert hasOutcomes(CallbackDelivery.Outcome... outcomes) {
        Objects.requireNonNull(outcomes, "outcomes must not be null");
        List<CallbackDelivery> deliveries = deliveries();
        List<CallbackDelivery.Outcome> expected = Arrays.asList(outcomes);
        if (!deliveries.stream().map(CallbackDelivery::outcome).toList().equals(expected)) {
            throwAssertionError(NestedMessages.shouldHaveOutcomes(actual.state(), expected, deliveries));
        }
        return myself;
    }

    /**
     * Verifies that at least one callback was sent and that the task took every one ({@code ACCEPTED}).
     *
     * @return this assert
     * @throws AssertionError if the execution is null, no callback was sent, or one was refused or not sent
     * @since 0.1.0
     */
    public CallbackAssert allAccepted() {
        List<CallbackDelivery> deliveries = deliveries();
        if (deliveries.isEmpty() || !deliveries.stream().allMatch(CallbackDelivery::accepted)) {
            throwAssertionError(NestedMessages.shouldAllBeAccepted(actual.state(), deliveries));
        }
        return myself;
    }

    /**
     * Verifies how many callbacks were delivered to Step Functions, whatever its answer: all but those
     * {@code NOT_SENT} because the execution had ended before their time.
     *
     * @param times the expected number, 0 or more
     * @return this assert
     * @throws AssertionError if the execution is null or another number was sent
     * @since 0.1.0
     */
    public CallbackAssert sent(int times) {
        List<CallbackDelivery> deliveries = deliveries();
        long sent = deliveries.stream().filter(d -> d.outcome() != CallbackDelivery.Outcome.NOT_SENT).count();
        if (sent != times) {
            throwAssertionError(NestedMessages.shouldHaveSent(actual.state(), times, deliveries));
        }
        return myself;
    }

    private List<CallbackDelivery> deliveries() {
        Execution execution = actual.execution();
        requireExecution(execution);
        return execution.callbacks().stream()
                .filter(d -> actual.state() == null || d.stateName().equals(actual.state())).toList();
    }
}
