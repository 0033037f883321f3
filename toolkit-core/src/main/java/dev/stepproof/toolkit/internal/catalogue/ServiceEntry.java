package dev.stepproof.toolkit.internal.catalogue;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One integration's resource type ({@code lambda}, {@code dynamodb}, {@code aws-sdk:s3}, …): its error prefix,
 * cause style, HTTP profile, error kinds and actions.
 *
 * @param causeService the SDK v1 service name quoted in causes ({@code AWSLambda}), or null
 * @param http         the name of the {@link HttpProfile} for {@code ${sdkHttpMetadata}}, or null
 */
record ServiceEntry(String prefix, String causeStyle, String causeService, String http,
                    Map<String, ErrorEntry> errors, Map<String, ActionEntry> actions) {

    ServiceEntry {
        errors = Map.copyOf(errors);
        actions = Map.copyOf(actions);
    }

    static ServiceEntry read(JsonNode node) {
        Map<String, ErrorEntry> errors = new LinkedHashMap<>();
        node.path("errors").fields().forEachRemaining(e -> errors.put(e.getKey(), ErrorEntry.read(e.getValue())));
        Map<String, ActionEntry> actions = new LinkedHashMap<>();
        node.path("actions").fields().forEachRemaining(e -> actions.put(e.getKey(), ActionEntry.read(e.getValue())));
        return new ServiceEntry(text(node, "errorPrefix"), text(node.path("cause"), "style"),
                text(node.path("cause"), "service"), text(node, "http"), errors, actions);
    }

    /**
     * An {@code aws-sdk:<service>} entry: these defaults ({@code aws-sdk:*}) with the service's own entry laid over
     * them, and {@code ${prefix}} in the error names replaced by the service's exception prefix.
     */
    ServiceEntry specialise(ServiceEntry own, String servicePrefix) {
        Map<String, ErrorEntry> merged = new LinkedHashMap<>();
        errors.forEach((kind, e) -> merged.put(kind, e.withPrefix(servicePrefix)));
        Map<String, ActionEntry> mergedActions = new LinkedHashMap<>(actions);
        if (own != null) {
            own.errors.forEach((kind, e) -> merged.put(kind, e.withPrefix(servicePrefix)));
            mergedActions.putAll(own.actions);
        }
        String style = own != null && own.causeStyle != null ? own.causeStyle : causeStyle;
        return new ServiceEntry(servicePrefix, style, null, http, merged, mergedActions);
    }

    /**
     * The entry for {@code action}: a plain Lambda function ARN uses {@code $function}; otherwise the exact action
     * with its pattern suffix, then (for actions without a suffix) the service's {@code *} default. An action with
     * a suffix the data does not list (notably {@code .waitForTaskToken}, whose result is the callback's output)
     * has no entry, so its payload is returned as is.
     */
    Optional<ActionEntry> action(String action) {
        if (action.startsWith("arn:")) {
            return Optional.ofNullable(actions.get("$function"));
        }
        ActionEntry exact = actions.get(action);
        if (exact != null || action.contains(".")) {
            return Optional.ofNullable(exact);
        }
        return Optional.ofNullable(actions.get("*"));
    }

    /** The action's own entry for {@code kind}, else the service's. */
    Optional<ErrorEntry> error(String action, String kind) {
        ErrorEntry own = action(action).map(a -> a.errors().get(kind)).orElse(null);
        return Optional.ofNullable(own != null ? own : errors.get(kind));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
