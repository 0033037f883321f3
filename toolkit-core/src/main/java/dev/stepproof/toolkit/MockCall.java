package dev.stepproof.toolkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.spi.TaskInvocation;
import dev.stepproof.toolkit.spi.TaskResult;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One call a {@link MockSession} answered, as its journal records it: what the state asked and what it got.
 *
 * @param stateName    the Task state's name; never null
 * @param resource     the Resource as written in the definition; never null
 * @param resourceType e.g. {@code lambda}, {@code dynamodb}, {@code aws-sdk:s3} (see {@link TaskInvocation})
 * @param action       e.g. {@code invoke}, {@code putItem}; the ARN for a plain function ARN
 * @param parameters   the effective parameters; never null; do not modify
 * @param attempt      1 for the first attempt, 2 for the first retry, …
 * @param time         the virtual time the attempt started
 * @param mock         the mock that answered, as declared (e.g. {@code forState("Charge")}), or null when none did
 * @param outcome      what the mock answered; never null
 * @since 0.1.0
 */
public record MockCall(String stateName, String resource, String resourceType, String action, JsonNode parameters,
                       int attempt, Instant time, String mock, Outcome outcome) {

    public MockCall {
        Objects.requireNonNull(stateName, "stateName");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** @return whether a mock answered this call (false: strict mocks failed it, lenient mocks returned {@code {}}) */
    public boolean matched() {
        return mock != null;
    }

    /** What the task got from the mock. */
    public sealed interface Outcome permits Returned, Failed, Hung {
    }

    /**
     * The task got a result.
     *
     * @param output   the raw result, envelope included; never null; do not modify
     * @param duration the virtual time the call took (a delay longer than the task's timeout still ends in
     *                 {@code States.Timeout}, which the journal cannot see)
     */
    public record Returned(JsonNode output, Duration duration) implements Outcome {
    }

    /**
     * The task failed.
     *
     * @param error    never null
     * @param cause    may be null
     * @param duration the virtual time the call took
     */
    public record Failed(String error, String cause, Duration duration) implements Outcome {
    }

    /** The mock never answered: the task ends in {@code States.Timeout} at its heartbeat or timeout. */
    public record Hung() implements Outcome {
    }

    static MockCall of(TaskInvocation call, String mock, TaskResult result) {
        Outcome outcome;
        if (result instanceof TaskResult.Success ok) {
            outcome = new Returned(ok.output(), ok.duration());
        } else if (result instanceof TaskResult.Failure bad) {
            outcome = new Failed(bad.error(), bad.cause(), bad.duration());
        } else {
            outcome = new Hung();
        }
        return new MockCall(call.stateName(), call.resource(), call.resourceType(), call.action(), call.parameters(),
                call.attempt(), call.time(), mock, outcome);
    }

    /** @return e.g. {@code 'Charge' attempt 2 at 2026-01-01T00:00:03Z answered by forState("Charge"): Failed[…]} */
    @Override
    public String toString() {
        return "'" + stateName + "' attempt " + attempt + " at " + time
                + (mock == null ? " matched no mock: " : " answered by " + mock + ": ") + outcome;
    }
}
