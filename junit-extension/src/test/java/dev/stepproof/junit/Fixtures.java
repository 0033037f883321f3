package dev.stepproof.junit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionOptions;
import dev.stepproof.toolkit.Interpreter;
import dev.stepproof.toolkit.spi.TaskInvoker;
import dev.stepproof.toolkit.spi.TaskResult;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;

/** Small inline definitions and plain lambda Task invokers shared by the tests. */
final class Fixtures {

    /**
     * Validate (Pass) -> Charge (Task) -> Done (Succeed). Charge retries {@code Throttled} up to 3 times and
     * catches {@code Payment.Refused} into Refund (Fail: Payment.Refused / card declined).
     */
    static final String PAYMENT = """
            {"StartAt": "Validate", "States": {
              "Validate": {"Type": "Pass", "Next": "Charge"},
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
                "Retry": [{"ErrorEquals": ["Throttled"], "MaxAttempts": 3, "IntervalSeconds": 1}],
                "Catch": [{"ErrorEquals": ["Payment.Refused"], "Next": "Refund"}],
                "Next": "Done"},
              "Done": {"Type": "Succeed"},
              "Refund": {"Type": "Fail", "Error": "Payment.Refused", "Cause": "card declined"}}}
            """;

    /** Wait (an hour) under a 60-second machine timeout. */
    static final String SLOW = """
            {"StartAt": "Wait", "TimeoutSeconds": 60, "States": {
              "Wait": {"Type": "Wait", "Seconds": 3600, "End": true}}}
            """;

    /** Poll (Task) -> IsDone (Choice: $.done == true -> Done, else Poll) -> Done (Succeed). */
    static final String POLLING = """
            {"StartAt": "Poll", "States": {
              "Poll": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "poll"}, "Next": "IsDone"},
              "IsDone": {"Type": "Choice", "Choices": [{"Variable": "$.done", "BooleanEquals": true, "Next": "Done"}],
                "Default": "Poll"},
              "Done": {"Type": "Succeed"}}}
            """;

    /** Charge (Task) with no Retry or Catch -> Done (Succeed). */
    static final String UNGUARDED = """
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "charge", "Payload.$": "$"}, "Next": "Done"},
              "Done": {"Type": "Succeed"}}}
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return an invoker answering every call with {@code json} */
    static TaskInvoker answering(String json) {
        JsonNode result = json(json);
        return call -> TaskResult.success(result);
    }

    /** @return an invoker failing every call with {@code error} / {@code cause} */
    static TaskInvoker failingWith(String error, String cause) {
        return call -> TaskResult.failure(error, cause);
    }

    /** @return an invoker that throttles the first {@code throttled} calls, then answers {@code json} */
    static TaskInvoker throttledThenAnswering(int throttled, String json) {
        AtomicInteger calls = new AtomicInteger();
        JsonNode result = json(json);
        return call -> calls.incrementAndGet() <= throttled
                ? TaskResult.failure("Throttled", "slow down")
                : TaskResult.success(result);
    }

    /** @return an invoker answering {@code {"done": false}} until call {@code n}, which answers {@code {"done": true}} */
    static TaskInvoker doneOnCall(int n) {
        AtomicInteger calls = new AtomicInteger();
        return call -> TaskResult.success(JSON.createObjectNode().put("done", calls.incrementAndGet() >= n));
    }

    /** @return the AssertionError {@code assertion} throws; fails the test when it throws none */
    static AssertionError expectAssertionError(ThrowingCallable assertion) {
        AssertionError error = org.assertj.core.api.Assertions.catchThrowableOfType(AssertionError.class, assertion);
        org.assertj.core.api.Assertions.assertThat(error).as("the assertion should have failed").isNotNull();
        return error;
    }

    static Execution run(String definition, String input, TaskInvoker invoker) {
        return Interpreter.of(DefinitionReader.standard().read(definition, "<inline>").orElseThrow())
                .execute(ExecutionOptions.defaults().withInput(input).withTaskInvoker(invoker));
    }
}
