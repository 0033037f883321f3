package dev.stepproof.toolkit.internal.catalogue;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * What StepProof knows about each service integration, loaded from a data file: the real response envelope
 * around a business payload, and the service-correct error names for throttling and common failures.
 *
 * <p>Resource types and actions are as {@link dev.stepproof.toolkit.spi.TaskInvocation} carries them
 * ({@code resourceType} {@code "lambda"}, {@code "dynamodb"}, {@code "aws-sdk:dynamodb"}, …; {@code action}
 * {@code "invoke"}, {@code "putItem"}, {@code "startExecution.sync:2"}, …; for a plain Lambda function ARN the
 * resource type is {@code "lambda"} and the action the ARN).
 *
 * <p>SKELETON: the signatures are fixed; the data and real implementations arrive with the catalogue work
 * (issue 5). Until then {@link #wrap} returns the payload and the error names are generic.
 */
public final class IntegrationCatalogue {

    private IntegrationCatalogue() {
    }

    /** @return the catalogue shipped with StepProof (immutable, shared) */
    public static IntegrationCatalogue standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final IntegrationCatalogue STANDARD = new IntegrationCatalogue();
    }

    /**
     * Wraps a business payload in the service's response envelope, e.g. {@code {"Payload": p, "StatusCode": 200,
     * "ExecutedVersion": "$LATEST", …}} for {@code lambda:invoke}; returns {@code payload} unchanged for
     * integrations whose response is the payload (a plain function ARN, unknown integrations).
     *
     * @param parameters the task's effective parameters (some envelopes echo them, e.g. MD5OfMessageBody)
     */
    public JsonNode wrap(String resourceType, String action, JsonNode payload, JsonNode parameters) {
        return payload;
    }

    /** @return the error name a throttled call of this integration fails with, e.g. {@code Lambda.TooManyRequestsException} */
    public String throttlingError(String resourceType, String action) {
        return "States.TaskFailed";
    }

    /**
     * @param kind a common failure kind: {@code "throttling"}, {@code "notFound"}, {@code "accessDenied"},
     *             {@code "serviceUnavailable"}, {@code "validation"}, {@code "conditionalCheckFailed"}
     * @return the service-correct error name for that kind, when the catalogue knows one
     */
    public Optional<String> errorName(String resourceType, String action, String kind) {
        return Optional.empty();
    }
}
