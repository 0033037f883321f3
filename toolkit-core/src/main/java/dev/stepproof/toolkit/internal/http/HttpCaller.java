package dev.stepproof.toolkit.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepproof.toolkit.spi.TaskResult;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends one HTTP Task request and maps the outcome as AWS does: a 2xx answer is the task result
 * {@code {"Headers", "ResponseBody", "StatusCode", "StatusText"}}; any other status fails the task with
 * {@code States.Http.StatusCode.<status>} and that same object, as JSON text, as the cause; no answer (refused,
 * reset, timed out) fails it with {@code States.Http.Socket}. Thread-safe.
 */
public final class HttpCaller {

    public static final String SOCKET = "States.Http.Socket";
    public static final String STATUS_PREFIX = "States.Http.StatusCode.";

    /** Outcome of a call: the task result, and the HTTP status (0 when there was no response). */
    public record Outcome(TaskResult result, int status) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final HttpClient client;
    private final Duration timeout;

    /** @param timeout the whole request's limit; AWS's HTTP Task allows 60 seconds */
    public HttpCaller(Duration timeout) {
        this.timeout = timeout;
        // HTTP/1.1: no h2c upgrade dance with plain-HTTP test servers; redirects are answers like any other.
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends {@code spec}; {@code region} goes into the User-Agent as AWS sends it. Never throws. */
    public Outcome call(HttpRequestSpec spec, String region) {
        HttpRequest request;
        try {
            request = request(spec, region);
        } catch (IllegalArgumentException e) {
            return new Outcome(TaskResult.failure("States.Runtime", "The HTTP request could not be built: "
                    + e.getMessage()), 0);
        }
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Outcome(map(response), response.statusCode());
        } catch (HttpTimeoutException e) {
            return socket(spec, "no response within " + (timeout.toMillis() % 1000 == 0
                    ? timeout.toSeconds() + " seconds" : timeout.toMillis() + " ms"));
        } catch (ConnectException e) {
            return socket(spec, "the connection was refused");
        } catch (IOException e) {
            return socket(spec, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return socket(spec, "the calling thread was interrupted");
        }
    }

    private HttpRequest request(HttpRequestSpec spec, String region) {
        HttpRequest.Builder b = HttpRequest.newBuilder(spec.uri()).timeout(timeout)
                .method(spec.method(), spec.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(spec.body(), StandardCharsets.UTF_8));
        boolean typed = false;
        for (Map.Entry<String, List<String>> h : spec.headers().entrySet()) {
            typed |= h.getKey().equalsIgnoreCase("Content-Type");
            h.getValue().forEach(v -> b.header(h.getKey(), v));
        }
        if (!typed && spec.contentType() != null) {
            b.header("Content-Type", spec.contentType());
        }
        // The two headers Step Functions always sets (a definition cannot override them).
        b.header("User-Agent", "Amazon|StepFunctions|HttpInvoke|" + region);
        b.header("Range", "bytes=0-262144");
        return b.build();
    }

    private static Outcome socket(HttpRequestSpec spec, String what) {
        return new Outcome(TaskResult.failure(SOCKET, "The HTTP request " + spec.method() + " " + spec.uri()
                + " failed: " + what + "."), 0);
    }

    private static TaskResult map(HttpResponse<String> response) {
        ObjectNode result = result(response);
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return TaskResult.success(result);
        }
        return TaskResult.failure(STATUS_PREFIX + status, result.toString());
    }

    static ObjectNode result(HttpResponse<String> response) {
        ObjectNode result = NODES.objectNode();
        ObjectNode headers = result.putObject("Headers");
        Map<String, List<String>> sorted = new TreeMap<>(response.headers().map());
        sorted.forEach((name, values) -> {
            if (!name.startsWith(":")) {
                ArrayNode list = headers.putArray(name.toLowerCase(Locale.ROOT));
                values.forEach(list::add);
            }
        });
        result.set("ResponseBody", body(response));
        result.put("StatusCode", response.statusCode());
        result.put("StatusText", StatusTexts.of(response.statusCode()));
        return result;
    }

    /** JSON responses are parsed (a body that fails to parse stays text); every other body is text. */
    private static JsonNode body(HttpResponse<String> response) {
        String text = response.body() == null ? "" : response.body();
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        String media = (semicolon < 0 ? type : type.substring(0, semicolon)).trim();
        if (!text.isBlank() && (media.equals("application/json") || media.endsWith("+json"))) {
            try {
                return JSON.readTree(text);
            } catch (IOException e) {
                return NODES.textNode(text);
            }
        }
        return NODES.textNode(text);
    }
}
