package dev.stepproof.toolkit.internal.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The HTTP response an SDK-v1 integration reports in {@code SdkHttpMetadata}: its headers (templates) and what
 * the body is, which Content-Length and checksums are computed from.
 *
 * @param bodyIsPayload true when the HTTP body is the business payload (Lambda), false when it is the rendered
 *                      response without the SDK metadata (DynamoDB, SQS, …)
 * @param headers       header templates in the order AWS lists AllHttpHeaders
 */
record HttpProfile(boolean bodyIsPayload, ObjectNode headers) {

    static HttpProfile read(JsonNode node) {
        return new HttpProfile("payload".equals(node.path("body").asText()), (ObjectNode) node.get("headers"));
    }
}
