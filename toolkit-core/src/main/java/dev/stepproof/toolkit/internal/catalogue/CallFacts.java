package dev.stepproof.toolkit.internal.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.stepproof.toolkit.spi.TaskInvocation;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything an envelope may be derived from: the call (integration, state, attempt, virtual time, parameters),
 * the business payload, and the region and account of the execution. {@link #seed()} is the text all generated
 * ids are derived from.
 *
 * @param payload the business payload; {@link MissingNode} when there is none
 */
record CallFacts(String resourceType, String action, String stateName, int attempt, Instant time,
                 JsonNode parameters, JsonNode payload, String region, String account) {

    /** The virtual start time of {@code ExecutionOptions.defaults()}, used when a caller gives no time. */
    static final Instant DEFAULT_TIME = Instant.parse("2026-01-01T00:00:00Z");
    static final String DEFAULT_REGION = "us-east-1";
    static final String DEFAULT_ACCOUNT = "111111111111";

    private static final Pattern ARN = Pattern.compile("arn:[^:]+:[^:]+:([^:]*):([^:]*):.*");

    CallFacts {
        parameters = parameters == null ? MissingNode.getInstance() : parameters;
        payload = payload == null ? MissingNode.getInstance() : payload;
    }

    static CallFacts of(String resourceType, String action, JsonNode payload, JsonNode parameters) {
        return new CallFacts(resourceType, action, "", 1, DEFAULT_TIME, parameters, payload, DEFAULT_REGION, DEFAULT_ACCOUNT);
    }

    /** Region and account come from the execution's ARN in the context object ({@code $$.Execution.Id}). */
    static CallFacts of(TaskInvocation call, JsonNode payload) {
        String region = DEFAULT_REGION;
        String account = DEFAULT_ACCOUNT;
        Matcher m = ARN.matcher(call.context().path("Execution").path("Id").asText(""));
        if (m.matches()) {
            region = m.group(1);
            account = m.group(2);
        }
        Instant time = call.time() == null ? DEFAULT_TIME : call.time();
        return new CallFacts(call.resourceType(), call.action(), call.stateName(), call.attempt(), time,
                call.parameters(), payload, region, account);
    }

    /** The text generated ids are derived from: the call, not the payload, so a mock's answer does not move them. */
    String seed() {
        return resourceType + "|" + action + "|" + stateName + "|" + attempt + "|" + time.toEpochMilli() + "|" + parameters;
    }

    /** The request id of this call, shared by the response metadata, the HTTP headers and error causes. */
    String requestId() {
        return Ids.uuid(seed(), "RequestId");
    }
}
