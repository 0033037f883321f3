package dev.stepproof.toolkit.internal.http;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an HTTP Task's parameters (ApiEndpoint, Method, Headers, QueryParameters, RequestBody, Transform,
 * Authentication) into a request. A parameter AWS would refuse is reported by field name, for the caller to fail
 * the task with {@code States.Runtime} as AWS does.
 */
public final class HttpParameters {

    /** The request, or the field that makes the parameters unusable (then {@code spec} is null). */
    public record Parsed(HttpRequestSpec spec, String invalidField, boolean missing) {
    }

    static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD");

    /**
     * Headers Step Functions does not pass on (its HTTP Task documentation lists them); a definition may set them,
     * but they never reach the endpoint. Host, Connection and the like are also ones Java's client refuses.
     */
    private static final Set<String> DROPPED_HEADERS = Set.of("a-im", "accept-charset", "accept-datetime",
            "accept-encoding", "cache-control", "connection", "content-encoding", "content-length", "content-md5",
            "date", "expect", "forwarded", "from", "host", "http2-settings", "if-match", "if-modified-since",
            "if-none-match", "if-range", "if-unmodified-since", "keep-alive", "max-forwards", "origin", "pragma",
            "proxy-authorization", "range", "referer", "server", "te", "trailer", "transfer-encoding", "upgrade",
            "user-agent", "via", "warning");

    private HttpParameters() {
    }

    /** @param baseUrl when not null, replaces ApiEndpoint's scheme, host and port (and prefixes its path) */
    public static Parsed parse(JsonNode parameters, String baseUrl) {
        JsonNode endpoint = parameters.get("ApiEndpoint");
        if (endpoint == null) {
            return missing("ApiEndpoint");
        }
        URI uri = endpoint.isTextual() ? uri(endpoint.textValue(), baseUrl) : null;
        if (uri == null) {
            return invalid("ApiEndpoint");
        }
        JsonNode method = parameters.get("Method");
        if (method == null) {
            return missing("Method");
        }
        if (!method.isTextual() || !METHODS.contains(method.textValue())) {
            return invalid("Method");
        }
        Map<String, List<String>> headers = headers(parameters.get("Headers"));
        if (headers == null) {
            return invalid("Headers");
        }
        String query = query(parameters.get("QueryParameters"));
        if (query == null) {
            return invalid("QueryParameters");
        }
        Transform transform = transform(parameters.get("Transform"));
        if (!transform.valid()) {
            return invalid("Transform");
        }
        FormEncoder.ArrayFormat form = transform.form();
        JsonNode body = parameters.get("RequestBody");
        if (form != null && body != null && !body.isObject()) {
            return invalid("RequestBody");
        }
        return new Parsed(new HttpRequestSpec(method.textValue(), withQuery(uri, query), headers, body(body, form),
                contentType(body, form), connectionArn(parameters.get("Authentication"))), null, false);
    }

    private static Parsed invalid(String field) {
        return new Parsed(null, field, false);
    }

    private static Parsed missing(String field) {
        return new Parsed(null, field, true);
    }

    private static URI uri(String text, String baseUrl) {
        try {
            URI u = new URI(text);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
                return null;
            }
            if (baseUrl == null) {
                return u;
            }
            String path = u.getRawPath() == null ? "" : u.getRawPath();
            return new URI(baseUrl + path + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery()));
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static URI withQuery(URI uri, String query) {
        if (query.isEmpty()) {
            return uri;
        }
        String s = uri.toString();
        return URI.create(s + (uri.getRawQuery() == null ? "?" : "&") + query);
    }

    /** Header values are strings (numbers and booleans are written out); an array gives the header several times. */
    private static Map<String, List<String>> headers(JsonNode node) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            return null;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            List<String> values = scalars(e.getValue());
            if (values == null || e.getKey().isBlank()) {
                return null;
            }
            if (!DROPPED_HEADERS.contains(e.getKey().toLowerCase(Locale.ROOT))
                    && !e.getKey().toLowerCase(Locale.ROOT).startsWith("x-amz")
                    && !e.getKey().toLowerCase(Locale.ROOT).startsWith("x-forwarded-")) {
                out.put(e.getKey(), values);
            }
        }
        return out;
    }

    /** QueryParameters: an object of scalars (or arrays of them, giving the key once per item). */
    private static String query(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (!node.isObject()) {
            return null;
        }
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            List<String> values = scalars(e.getValue());
            if (values == null) {
                return null;
            }
            values.forEach(v -> pairs.add(FormEncoder.escape(e.getKey()) + "=" + FormEncoder.escape(v)));
        }
        return String.join("&", pairs);
    }

    private static List<String> scalars(JsonNode value) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : value.isArray() ? value : List.of(value)) {
            if (v.isContainerNode()) {
                return null;
            }
            out.add(FormEncoder.scalar(v));
        }
        return out;
    }

    /** @param form null for a JSON body, else URL_ENCODED with this array format */
    private record Transform(boolean valid, FormEncoder.ArrayFormat form) {
        static final Transform JSON = new Transform(true, null);
        static final Transform INVALID = new Transform(false, null);
    }

    private static Transform transform(JsonNode node) {
        if (node == null || node.isNull()) {
            return Transform.JSON;
        }
        JsonNode encoding = node.get("RequestBodyEncoding");
        if (!node.isObject() || encoding == null || !encoding.isTextual()) {
            return Transform.INVALID;
        }
        if (encoding.textValue().equals("NONE")) {
            return Transform.JSON;
        }
        if (!encoding.textValue().equals("URL_ENCODED")) {
            return Transform.INVALID;
        }
        JsonNode format = node.path("RequestEncodingOptions").path("ArrayFormat");
        if (format.isMissingNode()) {
            return new Transform(true, FormEncoder.ArrayFormat.INDICES);
        }
        for (FormEncoder.ArrayFormat f : FormEncoder.ArrayFormat.values()) {
            if (f.name().equals(format.asText())) {
                return new Transform(true, f);
            }
        }
        return Transform.INVALID;
    }

    private static String body(JsonNode body, FormEncoder.ArrayFormat form) {
        if (body == null) {
            return null;
        }
        if (form != null) {
            return FormEncoder.encode(body, form);
        }
        return body.isTextual() ? body.textValue() : body.toString();
    }

    private static String contentType(JsonNode body, FormEncoder.ArrayFormat form) {
        if (body == null) {
            return null;
        }
        if (form != null) {
            return "application/x-www-form-urlencoded";
        }
        return body.isTextual() ? "text/plain; charset=UTF-8" : "application/json; charset=UTF-8";
    }

    private static String connectionArn(JsonNode authentication) {
        JsonNode arn = authentication == null ? null : authentication.get("ConnectionArn");
        return arn != null && arn.isTextual() ? arn.textValue() : null;
    }
}
