package dev.stepproof.toolkit.internal.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.TreeMap;

/**
 * Fills in {@code SdkHttpMetadata} and {@code SdkResponseMetadata}, which the SDK-v1 based integrations add to a
 * response: the request id, and the HTTP headers with the Content-Length and checksum of the body AWS would have
 * sent. They are computed last, from the otherwise finished response. {@code AllHttpHeaders} lists each header
 * as a one-element array in the data file's order; {@code HttpHeaders} has plain values, sorted without regard to
 * case, as the SDK's case-insensitive map prints them.
 */
final class SdkMetadata {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String HTTP = "SdkHttpMetadata";
    private static final String RESPONSE = "SdkResponseMetadata";

    private SdkMetadata() {
    }

    static void complete(JsonNode rendered, CallFacts facts, HttpProfile profile) {
        if (!(rendered instanceof ObjectNode response)) {
            return;
        }
        if (deferred(response.get(RESPONSE), Placeholders.RESPONSE_METADATA)) {
            response.set(RESPONSE, NODES.objectNode().put("RequestId", facts.requestId()));
        }
        if (deferred(response.get(HTTP), Placeholders.HTTP_METADATA)) {
            if (profile == null) {
                throw new IllegalStateException("catalogue.json: " + facts.resourceType() + " uses ${"
                        + Placeholders.HTTP_METADATA + "} but names no httpProfile");
            }
            response.set(HTTP, httpMetadata(headers(response, facts, profile)));
        }
    }

    private static ObjectNode headers(ObjectNode response, CallFacts facts, HttpProfile profile) {
        String body;
        if (profile.bodyIsPayload()) {
            body = facts.payload().isMissingNode() ? "null" : facts.payload().toString();
        } else {
            ObjectNode copy = response.deepCopy();
            copy.remove(HTTP);
            copy.remove(RESPONSE);
            body = copy.toString();
        }
        return (ObjectNode) new EnvelopeRenderer(new Placeholders(facts, body)).render(profile.headers());
    }

    private static ObjectNode httpMetadata(ObjectNode headers) {
        ObjectNode metadata = NODES.objectNode();
        ObjectNode all = metadata.putObject("AllHttpHeaders");
        Map<String, JsonNode> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.fields().forEachRemaining(h -> {
            all.putArray(h.getKey()).add(h.getValue());
            sorted.put(h.getKey(), h.getValue());
        });
        ObjectNode plain = metadata.putObject("HttpHeaders");
        sorted.forEach(plain::set);
        metadata.put("HttpStatusCode", 200);
        return metadata;
    }

    private static boolean deferred(JsonNode value, String name) {
        return value != null && value.isTextual() && value.textValue().equals("${" + name + "}");
    }
}
