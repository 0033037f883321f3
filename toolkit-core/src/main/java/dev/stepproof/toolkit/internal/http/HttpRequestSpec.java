package dev.stepproof.toolkit.internal.http;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request, as an HTTP Task's parameters describe it.
 *
 * @param method        GET, POST, …
 * @param uri           ApiEndpoint with QueryParameters appended
 * @param headers       header name to values, in definition order (forbidden headers already removed)
 * @param body          the body to send, or null for none
 * @param contentType   the Content-Type implied by the body, used when Headers set none; null with no body
 * @param connectionArn Authentication.ConnectionArn, or null; recorded only (StepProof holds no connection secrets)
 */
public record HttpRequestSpec(String method, URI uri, Map<String, List<String>> headers, String body,
                              String contentType, String connectionArn) {
    public HttpRequestSpec {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }
}
