package dev.stepproof.toolkit.internal.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepproof.toolkit.spi.TaskInvocation;
import dev.stepproof.toolkit.spi.TaskResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
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
 * <p>The data is {@code dev/stepproof/toolkit/integrations/catalogue.json}; {@code docs/integration-catalogue.md}
 * describes its format and what the business payload means for each action (for {@code dynamodb:getItem} the
 * Item, for {@code putItem} the returned Attributes, for {@code states:startExecution.sync} the child's output, …).
 * Envelopes are deterministic: request ids, message ids and dates derive from the call, so the same execution
 * gives the same history every time.
 *
 * <pre>{@code
 * IntegrationCatalogue catalogue = IntegrationCatalogue.standard();
 * JsonNode envelope = catalogue.wrap(invocation, payload);           // {"ExecutedVersion": "$LATEST", "Payload": …}
 * String throttled = catalogue.throttlingError("dynamodb", "putItem"); // DynamoDB.ProvisionedThroughputExceededException
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class IntegrationCatalogue {

    private static final String RESOURCE = "/dev/stepproof/toolkit/integrations/catalogue.json";
    /** When a catalogue knows no throttling error for an integration, the task fails with AWS's generic name. */
    private static final String GENERIC_ERROR = "States.TaskFailed";

    private final CatalogueData data;

    private IntegrationCatalogue(CatalogueData data) {
        this.data = data;
    }

    /** @return the catalogue shipped with StepProof (immutable, shared) */
    public static IntegrationCatalogue standard() {
        return Holder.STANDARD;
    }

    /**
     * @param catalogueJson a document in the format of the shipped {@code catalogue.json}
     * @return a catalogue over that data (for extensions and tests)
     * @throws IllegalArgumentException when the document is not format version 1
     */
    public static IntegrationCatalogue of(JsonNode catalogueJson) {
        return new IntegrationCatalogue(CatalogueData.read(Objects.requireNonNull(catalogueJson, "catalogueJson")));
    }

    private static final class Holder {
        static final IntegrationCatalogue STANDARD = load();

        private static IntegrationCatalogue load() {
            try (InputStream in = IntegrationCatalogue.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("StepProof's integration catalogue " + RESOURCE + " is missing from the class path");
                }
                return of(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read StepProof's integration catalogue " + RESOURCE, e);
            }
        }
    }

    /**
     * Wraps a business payload in the service's response envelope, e.g. {@code {"Payload": p, "StatusCode": 200,
     * "ExecutedVersion": "$LATEST", …}} for {@code lambda:invoke}; returns {@code payload} unchanged for
     * integrations whose response is the payload (a plain function ARN, {@code aws-sdk:*}, {@code .waitForTaskToken},
     * unknown integrations). Without an invocation, dates are 2026-01-01T00:00:00Z (the default execution start),
     * the region us-east-1 and the account 111111111111; prefer {@link #wrap(TaskInvocation, JsonNode)}.
     *
     * @param payload    the business payload; null means none. It is placed in the envelope, not copied (D11:
     *                   nobody mutates a node after handing it on)
     * @param parameters the task's effective parameters (some envelopes echo them, e.g. MD5OfMessageBody)
     */
    public JsonNode wrap(String resourceType, String action, JsonNode payload, JsonNode parameters) {
        return wrap(CallFacts.of(resourceType, action, payload, parameters), payload);
    }

    /**
     * Like {@link #wrap(String, String, JsonNode, JsonNode)}, with the invocation's virtual time for dates, its
     * state and attempt in the derived ids, and the execution's region and account in ARNs.
     *
     * @param invocation never null
     * @param payload    the business payload; null means none
     */
    public JsonNode wrap(TaskInvocation invocation, JsonNode payload) {
        return wrap(CallFacts.of(Objects.requireNonNull(invocation, "invocation"), payload), payload);
    }

    private JsonNode wrap(CallFacts facts, JsonNode payload) {
        Optional<ServiceEntry> service = data.service(facts.resourceType());
        Optional<ActionEntry> action = service.flatMap(s -> s.action(facts.action()));
        if (action.isEmpty() || action.get().response() == null) {
            return payload;
        }
        JsonNode rendered = new EnvelopeRenderer(new Placeholders(facts, null)).render(action.get().response());
        SdkMetadata.complete(rendered, facts, data.httpProfile(service.get().http()).orElse(null));
        return rendered;
    }

    /** @return the error name a throttled call of this integration fails with, e.g. {@code Lambda.TooManyRequestsException} */
    public String throttlingError(String resourceType, String action) {
        return errorName(resourceType, action, "throttling").orElse(GENERIC_ERROR);
    }

    /**
     * @param kind a common failure kind: {@code "throttling"}, {@code "notFound"}, {@code "accessDenied"},
     *             {@code "serviceUnavailable"}, {@code "validation"}, {@code "conditionalCheckFailed"} (and, where an
     *             integration has them, {@code "jobFailed"}, {@code "failedEntry"}, {@code "sdkClient"}, …)
     * @return the service-correct error name for that kind, when the catalogue knows one
     */
    public Optional<String> errorName(String resourceType, String action, String kind) {
        return data.service(resourceType).flatMap(s -> s.error(action, kind).map(e -> e.name(s.prefix())));
    }

    /**
     * The failure a call of this integration reports for {@code kind}: the error name of {@link #errorName} and a
     * cause in the service's format, e.g. {@code "Rate Exceeded. (Service: AWSLambda; Status Code: 429; Error Code:
     * TooManyRequestsException; Request ID: …; Proxy: null)"}, with a request id derived from the invocation.
     *
     * @return the failure (zero duration), or empty when the catalogue knows no error of that kind
     */
    public Optional<TaskResult.Failure> failure(TaskInvocation invocation, String kind) {
        CallFacts facts = CallFacts.of(Objects.requireNonNull(invocation, "invocation"), null);
        return data.service(facts.resourceType()).flatMap(s -> s.error(facts.action(), kind).map(e ->
                new TaskResult.Failure(e.name(s.prefix()), cause(s, e, facts), Duration.ZERO)));
    }

    private String cause(ServiceEntry service, ErrorEntry error, CallFacts facts) {
        String style = error.causeStyle() != null ? error.causeStyle()
                : service.causeStyle() != null ? service.causeStyle() : "plain";
        Map<String, String> values = Map.of("message", error.message(), "status", String.valueOf(error.status()),
                "code", String.valueOf(error.code()), "service", String.valueOf(service.causeService()),
                "prefix", String.valueOf(service.prefix()), "requestId", facts.requestId());
        String text = data.causeTemplate(style);
        for (Map.Entry<String, String> v : values.entrySet()) {
            text = text.replace("${" + v.getKey() + "}", v.getValue());
        }
        return text;
    }

    /** @return what the business payload means for this action (from the data file), when the catalogue knows the action */
    public Optional<String> payloadMeaning(String resourceType, String action) {
        return data.service(resourceType).flatMap(s -> s.action(action)).map(ActionEntry::payload);
    }

    CatalogueData data() {
        return data;
    }
}
