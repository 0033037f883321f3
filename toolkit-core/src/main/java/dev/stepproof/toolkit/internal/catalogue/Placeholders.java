package dev.stepproof.toolkit.internal.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The values of the {@code ${…}} placeholders of the data file, for one call:
 * <ul>
 *   <li>the payload: {@code ${payload}} (JSON null when there is none), {@code ${payload?}} (left out when
 *       there is none, it is null, or it is an empty object);</li>
 *   <li>functions of a source ({@link Sources}): {@code param}, {@code json}, {@code jsonText}, {@code text},
 *       {@code md5}, {@code crc32}, {@code length} (a second argument {@code json} serialises a string source too), {@code lastSegment};</li>
 *   <li>derived ids: {@code requestId}, {@code uuid:<salt>}, {@code hex:<salt>:<digits>}, {@code traceId},
 *       {@code executionArn}, {@code executionName}, {@code eventEntries:<parameter>};</li>
 *   <li>time, the call's virtual time: {@code date} (ISO-8601), {@code epochMillis}, {@code httpDate};</li>
 *   <li>{@code region}, {@code account} of the execution;</li>
 *   <li>in HTTP header templates only: {@code bodyLength}, {@code bodyCrc32};</li>
 *   <li>{@code sdkHttpMetadata}, {@code sdkResponseMetadata}: filled in after the rest of the response
 *       ({@link SdkMetadata}), because the headers describe the rendered body.</li>
 * </ul>
 * An unknown name is an error in the data file, reported with the name (the catalogue tests render every entry).
 */
final class Placeholders {

    static final String HTTP_METADATA = "sdkHttpMetadata";
    static final String RESPONSE_METADATA = "sdkResponseMetadata";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private final CallFacts facts;
    private final Sources sources;
    private final String body;

    /** @param body the HTTP body the header templates describe, or null outside header templates */
    Placeholders(CallFacts facts, String body) {
        this.facts = facts;
        this.sources = new Sources(facts);
        this.body = body;
    }

    JsonNode value(Placeholder p) {
        JsonNode fromSource = sources.value(p);
        if (fromSource != null) {
            return fromSource;
        }
        JsonNode derived = derived(p);
        if (derived != null) {
            return derived;
        }
        return switch (p.name()) {
            case "payload" -> facts.payload().isMissingNode() ? NullNode.getInstance() : facts.payload();
            case "payload?" -> isEmpty(facts.payload()) ? EnvelopeRenderer.OMIT : facts.payload();
            case "date" -> TextNode.valueOf(ISO_MILLIS.format(facts.time()));
            case "epochMillis" -> LongNode.valueOf(facts.time().toEpochMilli());
            case "httpDate" -> TextNode.valueOf(HTTP_DATE.format(facts.time()));
            case "region" -> TextNode.valueOf(facts.region());
            case "account" -> TextNode.valueOf(facts.account());
            case "bodyLength" -> TextNode.valueOf(String.valueOf(Sources.utf8Length(body())));
            case "bodyCrc32" -> TextNode.valueOf(String.valueOf(Ids.crc32(body())));
            case HTTP_METADATA, RESPONSE_METADATA -> TextNode.valueOf("${" + p.name() + "}"); // filled in later
            default -> throw new IllegalStateException("catalogue.json uses an unknown placeholder ${" + p.name() + "}");
        };
    }

    /** Ids derived from the call ({@link CallFacts#seed()}), or null when {@code p} is not one. */
    private JsonNode derived(Placeholder p) {
        String seed = facts.seed();
        return switch (p.name()) {
            case "requestId" -> TextNode.valueOf(facts.requestId());
            case "uuid" -> TextNode.valueOf(Ids.uuid(seed, p.arg(0)));
            case "hex" -> TextNode.valueOf(Ids.hex(seed, p.arg(0), Integer.parseInt(p.arg(1))));
            case "traceId" -> TextNode.valueOf(String.format("root=1-%08x-%s;sampled=0",
                    facts.time().getEpochSecond(), Ids.hex(seed, "TraceId", 24)));
            case "executionName" -> TextNode.valueOf(executionName());
            case "executionArn" -> TextNode.valueOf(executionArn());
            case "eventEntries" -> eventEntries(p.arg(0));
            default -> null;
        };
    }

    private String executionName() {
        JsonNode name = facts.parameters().get("Name");
        return name != null && name.isTextual() ? name.textValue() : Ids.uuid(facts.seed(), "ExecutionName");
    }

    /** The child's ARN: the state machine ARN with {@code :stateMachine:} turned into {@code :execution:}, plus the name. */
    private String executionArn() {
        JsonNode machine = facts.parameters().get("StateMachineArn");
        String machineArn = machine != null && machine.isTextual() ? machine.textValue()
                : "arn:aws:states:" + facts.region() + ":" + facts.account() + ":stateMachine:StateMachine";
        return machineArn.replace(":stateMachine:", ":execution:") + ":" + executionName();
    }

    /** One {@code {"EventId": …}} per entry of the parameter (putEvents), ids distinct per index. */
    private JsonNode eventEntries(String parameter) {
        ArrayNode entries = NODES.arrayNode();
        JsonNode sent = facts.parameters().path(parameter);
        for (int i = 0; i < sent.size(); i++) {
            entries.addObject().put("EventId", Ids.uuid(facts.seed(), "EventId" + i));
        }
        return entries;
    }

    private String body() {
        if (body == null) {
            throw new IllegalStateException("catalogue.json: ${bodyLength} and ${bodyCrc32} are only known in httpProfiles headers");
        }
        return body;
    }

    static boolean isEmpty(JsonNode payload) {
        return payload.isMissingNode() || payload.isNull() || (payload.isObject() && payload.isEmpty());
    }
}
