package dev.stepproof.toolkit.internal.catalogue;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One action of one integration: the response template and the action's own error kinds (which take precedence
 * over the service's).
 *
 * @param payload  what the business payload means for this action (documentation, shown in test failures)
 * @param response the envelope template; see {@link Placeholders} for the {@code ${…}} values it may contain
 */
record ActionEntry(String payload, JsonNode response, Map<String, ErrorEntry> errors) {

    ActionEntry {
        errors = Map.copyOf(errors);
    }

    static ActionEntry read(JsonNode node) {
        Map<String, ErrorEntry> errors = new LinkedHashMap<>();
        node.path("errors").fields().forEachRemaining(e -> errors.put(e.getKey(), ErrorEntry.read(e.getValue())));
        return new ActionEntry(node.path("payload").asText(""), node.get("response"), errors);
    }
}
