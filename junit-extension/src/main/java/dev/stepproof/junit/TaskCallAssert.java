package dev.stepproof.junit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.stepproof.junit.internal.ExecutionFacts;
import dev.stepproof.junit.internal.Json;
import dev.stepproof.junit.internal.JsonDiff;
import dev.stepproof.junit.internal.TaskCall;
import dev.stepproof.junit.internal.TaskMessages;
import dev.stepproof.toolkit.Execution;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Assertions on one call of a Task state. Obtained from {@link TaskAssert#call(int)}.
 *
 * @since 0.1.0
 */
public class TaskCallAssert extends StepProofAssert<TaskCallAssert, TaskCallAssert.Subject> {

    /**
     * What a {@link TaskCallAssert} is about: call {@code number} of one Task state of one execution.
     *
     * @param execution the execution; may be null (assertions then fail)
     * @param state     the Task state's name; never null
     * @param number    the call's number, 1-based
     * @since 0.1.0
     */
    public record Subject(Execution execution, String state, int number) {
        /**
         * Checks that {@code state} is not null and {@code number} is at least 1.
         *
         * @param execution the execution; may be null
         * @param state     the Task state's name; never null
         * @param number    the call's number, 1-based
         */
        public Subject {
            Objects.requireNonNull(state, "state must not be null");
            if (number < 1) {
                throw new IllegalArgumentException("call numbers start at 1, but was " + number);
            }
        }
    }

    /**
     * Public because AssertJ's soft proxies call it; prefer {@link TaskAssert#call(int)}.
     *
     * @param actual the call and its execution; never null
     */
    public TaskCallAssert(Subject actual) {
        super(actual, TaskCallAssert.class);
    }

    /**
     * Verifies that the call's effective parameters (after InputPath and Parameters) contain this JSON: every
     * member given must be there with an equal value, at any depth; numbers compare by value. For a Task whose
     * Resource is a plain Lambda ARN, the parameters are the function's input.
     * <pre>{@code
     * // passes: Charge was called with {"FunctionName":"charge","Payload":{"amount":5}}
     * assertThat(execution).task("Charge").call(1).withParameters("{\"Payload\": {\"amount\": 5}}");
     * // fails:
     * //   Expecting call 1 of task 'Charge' to have parameters containing:
     * //     {"Payload":{"amount":6}}
     * //   but they were:
     * //     {"FunctionName":"charge","Payload":{"amount":5}}
     * //   first difference at /Payload/amount: expected 6 but was 5
     * assertThat(execution).task("Charge").call(1).withParameters("{\"Payload\": {\"amount\": 6}}");
     * }</pre>
     *
     * @param json the expected part of the parameters as JSON text; never null
     * @return this assert
     * @throws AssertionError if the execution is null, there was no such call, or its parameters differ
     * @throws IllegalArgumentException if {@code json} is not JSON
     * @since 0.1.0
     */
    public TaskCallAssert withParameters(String json) {
        return withParameters(Json.parse("expected parameters", json));
    }

    /**
     * As {@link #withParameters(String)}, with the expected part as a tree.
     *
     * @param expected the expected part of the parameters; never null
     * @return this assert
     * @since 0.1.0
     */
    public TaskCallAssert withParameters(JsonNode expected) {
        Objects.requireNonNull(expected, "expected parameters must not be null");
        TaskCall call = requireCall();
        JsonNode parameters = call.parameters() == null ? NullNode.getInstance() : call.parameters();
        Optional<String> difference = JsonDiff.partial(expected, parameters);
        if (difference.isPresent()) {
            throwAssertionError(TaskMessages.shouldHaveParameters(call, expected, difference.get()));
        }
        return myself;
    }

    private TaskCall requireCall() {
        Execution execution = actual.execution();
        requireExecution(execution);
        List<TaskCall> calls = ExecutionFacts.taskCalls(execution, actual.state());
        if (calls.size() < actual.number()) {
            throwAssertionError(TaskMessages.shouldHaveCall(pathOf(execution), actual.state(), actual.number(), calls.size()));
        }
        return calls.get(actual.number() - 1);
    }
}
