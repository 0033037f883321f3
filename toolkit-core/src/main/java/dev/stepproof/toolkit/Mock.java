package dev.stepproof.toolkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.mock.MockDefinition;
import dev.stepproof.toolkit.internal.mock.MockJson;
import dev.stepproof.toolkit.internal.mock.ParametersCriterion;
import dev.stepproof.toolkit.internal.mock.PredicateCriterion;
import dev.stepproof.toolkit.internal.mock.Reply;
import dev.stepproof.toolkit.internal.mock.ResourceCriterion;
import dev.stepproof.toolkit.internal.mock.StateNameCriterion;
import dev.stepproof.toolkit.spi.TaskInvocation;
import dev.stepproof.toolkit.spi.TaskResult;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One mock of a Task: which calls it answers, and what it answers them with, in order. Immutable; every method
 * returns a new {@code Mock}, so a partly built mock can be shared and extended. Collect mocks in {@link Mocks}.
 *
 * <pre>{@code
 * Mock.forState("ChargeCard").throttles().times(2).returnsPayload("{\"charged\": true}");
 * Mock.forResource("arn:aws:states:::dynamodb:*").withParameters("{\"TableName\": \"orders\"}").returns("{}");
 * Mock.forAnyTask().when("amount over 100", p -> p.path("amount").asInt() > 100).fails("Card.Declined", "limit");
 * }</pre>
 *
 * <h2>Matching</h2>
 * A mock starts with {@link #forState}, {@link #forResource} or {@link #forAnyTask()}; {@code with…} and
 * {@code when} add criteria, and all criteria must hold. Which mock answers a call is decided by {@link Mocks}.
 *
 * <h2>Responses</h2>
 * Each response method appends one response. Calls get them in order, one each ({@link #times(int)} makes the
 * last one serve several calls), and once they are used up <b>the last response repeats</b>. {@link #returns}
 * gives the task's raw result exactly as written; {@link #returnsPayload} gives a business payload inside the
 * integration's real response envelope (e.g. {@code Payload}, {@code StatusCode} for {@code lambda:invoke});
 * the {@code answers…} methods mirror that split for Java handlers.
 *
 * <p>All arguments must be non-null unless a parameter says otherwise; a null throws {@link NullPointerException}.
 *
 * @since 0.1.0
 */
public final class Mock {

    private final MockDefinition definition;

    private Mock(MockDefinition definition) {
        this.definition = definition;
    }

    /** @return a mock for the Task state with exactly this name */
    public static Mock forState(String stateName) {
        return new Mock(MockDefinition.of(stateName(stateName, "forState")));
    }

    /**
     * @param arnOrGlob the exact Resource, or a glob when it contains {@code *} (any run of characters, colons
     *                  included), e.g. {@code arn:aws:states:::dynamodb:*}; not empty
     * @return a mock for Task states whose Resource matches
     */
    public static Mock forResource(String arnOrGlob) {
        return new Mock(MockDefinition.of(ResourceCriterion.glob(arnOrGlob, "forResource(" + quoted(arnOrGlob) + ")")));
    }

    /** @return a mock for Task states whose whole Resource matches the regular expression */
    public static Mock forResource(Pattern regex) {
        return new Mock(MockDefinition.of(ResourceCriterion.regex(regex, "forResource(" + regexLabel(regex) + ")")));
    }

    /** @return a mock for every Task state; narrow it with {@code with…} and {@code when}, or use it as a fallback */
    public static Mock forAnyTask() {
        return new Mock(MockDefinition.forAnyTask());
    }

    /** @return this mock, answering only the Task state with exactly this name */
    public Mock withState(String stateName) {
        return new Mock(definition.withCriterion(stateName(stateName, "withState")));
    }

    /** @return this mock, answering only Resources equal to, or matching the glob, {@code arnOrGlob} */
    public Mock withResource(String arnOrGlob) {
        return new Mock(definition.withCriterion(ResourceCriterion.glob(arnOrGlob, "withResource(" + quoted(arnOrGlob) + ")")));
    }

    /** @return this mock, answering only Resources the regular expression matches as a whole */
    public Mock withResource(Pattern regex) {
        return new Mock(definition.withCriterion(ResourceCriterion.regex(regex, "withResource(" + regexLabel(regex) + ")")));
    }

    /**
     * Answers only calls whose effective parameters contain {@code json}: every field of an object must be present
     * and match (extra fields are ignored), arrays match element by element, numbers by value.
     *
     * @param json e.g. {@code {"TableName": "orders", "Key": {"id": {"S": "o-1"}}}}
     * @throws IllegalArgumentException when the text is not JSON
     */
    public Mock withParameters(String json) {
        return withParameters(MockJson.parse(json, "withParameters"));
    }

    /** As {@link #withParameters(String)}; the node is copied, so later changes to it do not matter. */
    public Mock withParameters(JsonNode json) {
        JsonNode expected = Objects.requireNonNull(json, "json must not be null").deepCopy();
        return new Mock(definition.withCriterion(new ParametersCriterion(expected, "withParameters(" + expected + ")")));
    }

    /**
     * Answers only calls whose effective parameters satisfy {@code predicate}. The predicate must not modify the
     * node and should have no side effects: it may run more than once per call (again for the near-miss message)
     * and on several threads when the mocks are shared. One that throws counts as not matching.
     */
    public Mock when(Predicate<JsonNode> predicate) {
        return new Mock(definition.withCriterion(new PredicateCriterion(predicate, "when(predicate)")));
    }

    /** As {@link #when(Predicate)}, with a description that names the predicate in near-miss messages. */
    public Mock when(String description, Predicate<JsonNode> predicate) {
        Objects.requireNonNull(description, "description must not be null");
        return new Mock(definition.withCriterion(new PredicateCriterion(predicate, "when(" + quoted(description) + ")")));
    }

    /** Next response: the task's raw result, exactly {@code json} (before ResultSelector and ResultPath). */
    public Mock returns(String json) {
        return reply(new Reply.Raw(MockJson.parse(json, "returns")));
    }

    /** As {@link #returns(String)}; the node is copied. */
    public Mock returns(JsonNode json) {
        return reply(new Reply.Raw(Objects.requireNonNull(json, "json must not be null").deepCopy()));
    }

    /**
     * Next response: {@code json} as the business payload, wrapped in the integration's response envelope as AWS
     * would return it (for a plain Lambda function ARN, and integrations without an envelope, the payload itself).
     */
    public Mock returnsPayload(String json) {
        return reply(new Reply.Payload(MockJson.parse(json, "returnsPayload")));
    }

    /** As {@link #returnsPayload(String)}; the node is copied. */
    public Mock returnsPayload(JsonNode json) {
        return reply(new Reply.Payload(Objects.requireNonNull(json, "json must not be null").deepCopy()));
    }

    /**
     * Next response: the task fails.
     *
     * @param error e.g. {@code Lambda.ServiceException} or a function's {@code errorType}
     * @param cause may be null (no cause)
     */
    public Mock fails(String error, String cause) {
        return reply(new Reply.Fail(error, cause));
    }

    /** Next response: the integration's throttling error (e.g. {@code Lambda.TooManyRequestsException}), cause "Rate exceeded". */
    public Mock throttles() {
        return reply(new Reply.Throttle());
    }

    /** Next response: no answer and no heartbeat, so the task ends in {@code States.Timeout} at its heartbeat or timeout. */
    public Mock hangs() {
        return reply(new Reply.Hang());
    }

    /**
     * Adds virtual latency to the next response: the task finishes that much later on the virtual clock (a
     * success that takes longer than the task's TimeoutSeconds ends in {@code States.Timeout}). Nothing sleeps.
     *
     * @param latency zero or more
     */
    public Mock delays(Duration latency) {
        return new Mock(definition.withDelay(latency));
    }

    /**
     * Makes the last response serve {@code n} consecutive calls before the next response takes over.
     *
     * @param n at least 1
     * @throws IllegalStateException when no response precedes it
     */
    public Mock times(int n) {
        return new Mock(definition.withTimes(n));
    }

    /**
     * Next response: ask {@code handler} on every call it serves (as the last response, every call from then on).
     * Its JSON is the task's raw result. The handler gets a copy of the parameters and context, and its result
     * is copied, so a stateful fake may keep and change what it stores. It runs on the interpreter's thread,
     * one call at a time per session; a handler shared by sessions that run on several threads must be
     * thread-safe itself. A null answer fails the task with {@code StepProof.MockHandlerError}; an exception
     * fails it with the exception's simple class name as error and its message as cause.
     */
    public Mock answers(Function<TaskInvocation, JsonNode> handler) {
        return reply(new Reply.JsonHandler(handler, false));
    }

    /** As {@link #answers}, but the handler's JSON is a business payload wrapped like {@link #returnsPayload}. */
    public Mock answersPayload(Function<TaskInvocation, JsonNode> handler) {
        return reply(new Reply.JsonHandler(handler, true));
    }

    /** As {@link #answers}, but the handler decides the whole {@link TaskResult}: success, failure or unresponsive. */
    public Mock answersResult(Function<TaskInvocation, TaskResult> handler) {
        return reply(new Reply.ResultHandler(handler));
    }

    /** @return the chain that declared this mock, as near-miss messages and the call journal show it */
    @Override
    public String toString() {
        return definition.description();
    }

    MockDefinition definition() {
        return definition;
    }

    private Mock reply(Reply reply) {
        return new Mock(definition.withReply(reply));
    }

    private static StateNameCriterion stateName(String name, String method) {
        Objects.requireNonNull(name, "stateName must not be null");
        return new StateNameCriterion(name, method + "(" + quoted(name) + ")");
    }

    private static String regexLabel(Pattern regex) {
        return "Pattern.compile(" + quoted(Objects.requireNonNull(regex, "regex must not be null").pattern()) + ")";
    }

    private static String quoted(String text) {
        Objects.requireNonNull(text, "argument must not be null");
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
