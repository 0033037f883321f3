package dev.stepproof.toolkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.http.HttpCaller;
import dev.stepproof.toolkit.internal.http.HttpParameters;
import dev.stepproof.toolkit.spi.TaskInvocation;
import dev.stepproof.toolkit.spi.TaskInvoker;
import dev.stepproof.toolkit.spi.TaskResult;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Performs HTTP Task states ({@code arn:aws:states:::http:invoke}) for real, with {@code java.net.http}: the
 * request is built from ApiEndpoint, Method, Headers, QueryParameters and RequestBody (JSON, or URL-encoded when
 * {@code Transform.RequestBodyEncoding} is {@code URL_ENCODED}); the answer is mapped as AWS maps it.
 *
 * <ul>
 *   <li>2xx: the task result is {@code {"Headers": {name: [values]}, "ResponseBody": <parsed JSON, else text>,
 *       "StatusCode": n, "StatusText": "…"}};</li>
 *   <li>any other status: the task fails with {@code States.Http.StatusCode.<n>} (e.g. {@code …404}), the cause
 *       being that same object as JSON text, so a Catch can read the body;</li>
 *   <li>no answer (connection refused or reset, timeout): {@code States.Http.Socket};</li>
 *   <li>parameters AWS would refuse: {@code States.Runtime}, which no Retry or Catch handles.</li>
 * </ul>
 *
 * <p>{@code Authentication.ConnectionArn} cannot be honoured locally (the EventBridge connection's secrets are in
 * AWS); it is recorded in {@link #calls()} and otherwise ignored. For tests, {@link #withBaseUrl(String)} sends
 * every request to a local server such as WireMock instead of the definition's host:
 *
 * <pre>{@code
 * HttpTaskInvoker http = HttpTaskInvoker.standard().withBaseUrl(wireMock.baseUrl());
 * Execution run = interpreter.execute(ExecutionOptions.defaults().withTaskInvoker(http.orElse(otherMocks)));
 * }</pre>
 *
 * <p>Calls take real time but no virtual time (the result's duration is zero), so executions stay deterministic.
 * Configuration is immutable ({@code with…} returns a copy with its own client and call record); calls may be made
 * from any thread.
 *
 * @since 0.1.0
 */
public final class HttpTaskInvoker implements TaskInvoker {

    /** AWS's hard limit for one HTTP Task request. */
    public static final Duration AWS_TIMEOUT = Duration.ofSeconds(60);

    private final String baseUrl;
    private final Duration timeout;
    private final HttpCaller caller;
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    private HttpTaskInvoker(String baseUrl, Duration timeout) {
        this.baseUrl = baseUrl;
        this.timeout = timeout;
        this.caller = new HttpCaller(timeout);
    }

    /** @return an invoker calling the definition's endpoints, with AWS's 60-second limit per request */
    public static HttpTaskInvoker standard() {
        return new HttpTaskInvoker(null, AWS_TIMEOUT);
    }

    /**
     * @param url scheme, host and port (optionally a path prefix) replacing those of every ApiEndpoint, e.g.
     *            {@code "http://localhost:8089"}; ApiEndpoint's path and query are kept
     * @return a copy sending every request there
     * @throws IllegalArgumentException when {@code url} is not an absolute http(s) URL without query
     */
    public HttpTaskInvoker withBaseUrl(String url) {
        Objects.requireNonNull(url, "url");
        try {
            URI u = new URI(url);
            if (u.getHost() == null || u.getRawQuery() != null
                    || !("http".equals(u.getScheme()) || "https".equals(u.getScheme()))) {
                throw new IllegalArgumentException("Base URL '" + url + "' must be http(s)://host[:port][/path]");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Base URL '" + url + "' is not a URL: " + e.getMessage(), e);
        }
        return new HttpTaskInvoker(url.endsWith("/") ? url.substring(0, url.length() - 1) : url, timeout);
    }

    /** @return a copy whose requests fail with {@code States.Http.Socket} after {@code limit} (default 60 s) */
    public HttpTaskInvoker withTimeout(Duration limit) {
        Objects.requireNonNull(limit, "limit");
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("The timeout must be positive, but is " + limit);
        }
        return new HttpTaskInvoker(baseUrl, limit);
    }

    /**
     * @param other answers every Task state that is not an HTTP Task (mocks, a MockConfig test case, …)
     * @return an invoker sending {@code http:invoke} here and everything else to {@code other}
     */
    public TaskInvoker orElse(TaskInvoker other) {
        Objects.requireNonNull(other, "other");
        return invocation -> handles(invocation) ? invoke(invocation) : other.invoke(invocation);
    }

    /** @return whether {@code invocation} is an HTTP Task ({@code arn:aws:states:::http:invoke}) */
    public static boolean handles(TaskInvocation invocation) {
        return "http".equals(invocation.resourceType()) && "invoke".equals(invocation.action());
    }

    @Override
    public TaskResult invoke(TaskInvocation invocation) {
        if (!handles(invocation)) {
            return TaskResult.failure("StepProof.NoTaskInvoker", "Task state '" + invocation.stateName() + "' calls "
                    + invocation.resource() + ", but HttpTaskInvoker performs only arn:aws:states:::http:invoke; "
                    + "compose it with another invoker: HttpTaskInvoker.orElse(...).");
        }
        HttpParameters.Parsed parsed = HttpParameters.parse(invocation.parameters(), baseUrl);
        if (parsed.spec() == null) {
            calls.add(new Call(invocation.stateName(), null, null, null, 0, "States.Runtime"));
            return TaskResult.failure("States.Runtime", "The Parameters '" + invocation.parameters()
                    + "' could not be used to start the Task: [" + (parsed.missing()
                    ? "The field '" + parsed.invalidField() + "' is required"
                    : "The value of the field '" + parsed.invalidField() + "' has an invalid format") + "]");
        }
        HttpCaller.Outcome outcome = caller.call(parsed.spec(), region(invocation.context()));
        String error = outcome.result() instanceof TaskResult.Failure f ? f.error() : null;
        calls.add(new Call(invocation.stateName(), parsed.spec().method(), parsed.spec().uri(),
                parsed.spec().connectionArn(), outcome.status(), error));
        return outcome.result();
    }

    /** The region in the execution ARN ($$.Execution.Id), for the User-Agent AWS sends. */
    private static String region(JsonNode context) {
        String[] arn = context.path("Execution").path("Id").asText("").split(":");
        return arn.length > 3 && !arn[3].isEmpty() ? arn[3] : "us-east-1";
    }

    /** @return the calls made so far, in order (including those refused before sending); never null */
    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /**
     * One HTTP Task attempt as this invoker saw it.
     *
     * @param stateName     the Task state
     * @param method        the HTTP method, or null when the parameters were refused
     * @param uri           the URI requested (after the base-URL rewrite), or null when refused
     * @param connectionArn {@code Authentication.ConnectionArn}, or null; not used locally
     * @param status        the HTTP status, or 0 when there was no response
     * @param error         the task's error name, or null when it succeeded
     * @since 0.1.0
     */
    public record Call(String stateName, String method, URI uri, String connectionArn, int status, String error) {
    }
}
