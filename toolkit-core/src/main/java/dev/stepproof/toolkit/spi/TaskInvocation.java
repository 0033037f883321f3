package dev.stepproof.toolkit.spi;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Objects;

/**
 * One attempt of one Task state, as the interpreter hands it to a {@link TaskInvoker}.
 *
 * @param stateName    the Task state's name
 * @param resource     the Resource exactly as written in the definition
 * @param resourceType AWS's resource type as history shows it: {@code lambda} for a plain function ARN
 *                     (there the history uses LambdaFunction* events), {@code lambda}, {@code dynamodb},
 *                     {@code aws-sdk:s3}, … for {@code arn:aws:states:::} integrations, {@code activity}
 * @param action       the integration's action with its pattern suffix ({@code invoke}, {@code putItem},
 *                     {@code sendMessage.waitForTaskToken}); for a plain function ARN the ARN itself
 * @param parameters   the effective parameters (after InputPath and Parameters/Arguments); never null
 * @param attempt      1 for the first attempt, 2 for the first retry, …
 * @param context      the context object ({@code $$}) at this attempt; never null
 * @param time         the virtual time at which the task starts
 * @param awaitsCallback true when the task then waits for callbacks declared with
 *                     {@code ExecutionOptions.withCallbacks}: the invoker's answer is only the API call's response
 *                     (the {@code TaskSubmitted} output, e.g. SQS's SendMessage response), and a business payload is
 *                     wrapped in the envelope of the action without its {@code .waitForTaskToken} suffix
 * @since 0.1.0
 */
public record TaskInvocation(String stateName, String resource, String resourceType, String action,
                             JsonNode parameters, int attempt, JsonNode context, Instant time, boolean awaitsCallback) {
    public TaskInvocation {
        Objects.requireNonNull(stateName, "stateName");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(context, "context");
    }

    /** An invocation whose answer is the task's result (no callbacks awaited). */
    public TaskInvocation(String stateName, String resource, String resourceType, String action, JsonNode parameters,
                          int attempt, JsonNode context, Instant time) {
        this(stateName, resource, resourceType, action, parameters, attempt, context, time, false);
    }

    /** @return a copy whose parameters and context are deep copies, for handlers that may keep or change them */
    public TaskInvocation deepCopy() {
        return new TaskInvocation(stateName, resource, resourceType, action, parameters.deepCopy(), attempt,
                context.deepCopy(), time, awaitsCallback);
    }

    /** @return the attempt's task token ({@code $$.Task.Token}) of a {@code .waitForTaskToken} task, else null */
    public String taskToken() {
        JsonNode token = context.path("Task").path("Token");
        return token.isTextual() ? token.textValue() : null;
    }

    /**
     * @return the action whose response envelope the invoker's answer has: {@link #action()} without the
     *         {@code .waitForTaskToken} suffix when {@link #awaitsCallback()}, else {@link #action()}
     */
    public String responseAction() {
        String suffix = ".waitForTaskToken";
        return awaitsCallback && action != null && action.endsWith(suffix)
                ? action.substring(0, action.length() - suffix.length()) : action;
    }

    /** @return whether the Resource is a plain Lambda function ARN (no {@code arn:aws:states:::} envelope) */
    public boolean isLegacyLambda() {
        return resource.contains(":lambda:") && resource.contains(":function:");
    }
}
