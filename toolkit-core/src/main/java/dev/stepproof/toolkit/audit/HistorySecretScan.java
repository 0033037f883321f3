package dev.stepproof.toolkit.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionHistory;
import dev.stepproof.toolkit.HistoryEvent;
import dev.stepproof.toolkit.internal.audit.secrets.TaintSources;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The run-time half of the secret rules (SEC-010…013): finds secret values that a secret-returning Task call
 * answered ({@code secretsmanager:getSecretValue}, {@code ssm:getParameter} with {@code WithDecryption},
 * {@code sts:assumeRole}, {@code kms:decrypt}, … — the same list the static taint analysis uses) in the later
 * events of the execution's history: state input and output, Task parameters, assigned variables, errors and
 * causes. Execution history is readable by anyone with {@code states:GetExecutionHistory} and kept for 90 days,
 * so a secret there has leaked even when no log or payload carries it.
 *
 * <p>The secret values are taken from the history itself (the source Task's {@code TaskSucceeded} output), so
 * the scan works for any Task invoker: mocks, WireMock-backed HTTP, scenario files. That {@code TaskSucceeded}
 * event is not reported: AWS records a Task's raw result there whatever the definition does with it
 * (COMPLIANCE.md §5 notes this as unverified), so no definition change could remove it. Values shorter than
 * {@value #MIN_LENGTH} characters are ignored, because they would match unrelated text. The report never
 * contains a secret value.
 *
 * <pre>{@code
 * List<HistorySecretScan.SecretLeak> leaks = HistorySecretScan.scan(execution);
 * if (!leaks.isEmpty()) throw new AssertionError(HistorySecretScan.describe(leaks));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class HistorySecretScan {

    /** Shorter values are not tracked: "true" or "prod" would be found everywhere. */
    public static final int MIN_LENGTH = 6;

    /** Listing more leaks than this in one message helps nobody; the count of the rest is given. */
    private static final int MAX_LISTED = 20;

    /** Inside a secret-holding object (Credentials, Parameters[i], …), the fields that hold the secret itself. */
    private static final Set<String> SECRET_KEYS = Set.of("secretstring", "secretbinary", "value", "secretaccesskey",
            "sessiontoken", "authorizationtoken", "plaintext", "dbpassword", "password");

    private static final ObjectMapper JSON = new ObjectMapper();

    private HistorySecretScan() {
    }

    /**
     * Where a secret answered by a Task call shows up again in the history.
     *
     * @param sourceState   the Task state whose call returned the secret, never null
     * @param sourceEventId the id of that call's {@code TaskSucceeded} event
     * @param call          the call, e.g. {@code secretsmanager:getSecretValue}, never null
     * @param field         the response field holding the secret, e.g. {@code SecretString} or
     *                      {@code Credentials.SessionToken}, never null
     * @param eventId       the id of the event it appears in
     * @param eventType     that event's type, e.g. {@code TaskStateExited}, never null
     * @param stateName     that event's state, or null for execution events
     * @param detail        the event detail holding it, e.g. {@code output}, {@code parameters},
     *                      {@code assignedVariables.apiKey}, never null
     * @since 0.1.0
     */
    public record SecretLeak(String sourceState, long sourceEventId, String call, String field, long eventId,
                             String eventType, String stateName, String detail) {

        public SecretLeak {
            Objects.requireNonNull(sourceState, "sourceState");
            Objects.requireNonNull(call, "call");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(eventType, "eventType");
            Objects.requireNonNull(detail, "detail");
        }

        /** @return one line naming the secret's source and where it leaked, without the value */
        public String message() {
            return "the " + field + " returned by " + call + " in state '" + sourceState + "' (event " + sourceEventId
                    + ") appears in event " + eventId + " " + eventType
                    + (stateName == null ? "" : " of state '" + stateName + "'") + ", field " + detail;
        }
    }

    /**
     * @param execution an execution run with history recording on (the default); never null
     * @return every (secret, event, detail) where a secret shows up after its source call, in event order
     */
    public static List<SecretLeak> scan(Execution execution) {
        return scan(Objects.requireNonNull(execution, "execution").history());
    }

    /**
     * @param history the execution's events; never null
     * @return every (secret, event, detail) where a secret shows up after its source call, in event order
     */
    public static List<SecretLeak> scan(ExecutionHistory history) {
        List<HistoryEvent> events = history.events();
        Map<Long, HistoryEvent> byId = new HashMap<>();
        events.forEach(e -> byId.put(e.id(), e));
        List<Secret> secrets = new ArrayList<>();
        List<SecretLeak> leaks = new ArrayList<>();
        for (HistoryEvent event : events) {
            if (!secrets.isEmpty()) {
                // Rendered once per event, and only once a secret is known: most executions fetch none.
                JsonNode details = event.details();
                for (Secret secret : secrets) {
                    details.properties().forEach(wrapper -> walk(wrapper.getValue(), "", secret, event, leaks));
                }
            }
            if (event.type().equals("TaskSucceeded")) {
                secrets.addAll(secretsOf(event, byId));
            }
        }
        return leaks;
    }

    /**
     * @param leaks what {@link #scan} found; never null
     * @return a test failure message: one line per leak (at most {@value #MAX_LISTED}) and how to fix it
     */
    public static String describe(List<SecretLeak> leaks) {
        StringBuilder b = new StringBuilder("Secret values returned by a mocked secret-returning call appear in the "
                + "execution history (" + leaks.size() + " place" + (leaks.size() == 1 ? "" : "s") + "):");
        for (int i = 0; i < Math.min(leaks.size(), MAX_LISTED); i++) {
            b.append("\n  - ").append(leaks.get(i).message());
        }
        if (leaks.size() > MAX_LISTED) {
            b.append("\n  … and ").append(leaks.size() - MAX_LISTED).append(" more");
        }
        List<String> sources = leaks.stream().map(SecretLeak::sourceState).distinct().toList();
        b.append("\nFix: keep the value out of state data: on ").append(quoted(sources))
                .append(" add a ResultSelector that keeps only non-secret fields (or \"ResultPath\": null), and let the "
                        + "consumer read the secret itself (pass the secret's ARN or name; for HTTP Tasks use an "
                        + "EventBridge connection). Anyone with states:GetExecutionHistory can read history.");
        return b.toString();
    }

    private static String quoted(List<String> states) {
        return String.join(", ", states.stream().map(s -> "'" + s + "'").toList());
    }

    /** A tracked secret value, with where it came from. */
    private record Secret(String value, String escaped, String sourceState, long sourceEventId, String call, String field) {
    }

    private static List<Secret> secretsOf(HistoryEvent succeeded, Map<Long, HistoryEvent> byId) {
        Optional<HistoryEvent> scheduled = scheduledOf(succeeded, byId);
        if (scheduled.isEmpty() || succeeded.payload() == null) {
            return List.of();
        }
        JsonNode extra = scheduled.get().extra();
        String call = extra.path("resourceType").asText() + ":" + extra.path("resource").asText();
        Optional<List<String>> fields = TaintSources.secretFields(call.toLowerCase(Locale.ROOT), scheduled.get().payload());
        if (fields.isEmpty()) {
            return List.of();
        }
        String shownCall = call.startsWith("aws-sdk:") ? call.substring("aws-sdk:".length()) : call;
        List<Secret> found = new ArrayList<>();
        for (String path : fields.get()) {
            String field = path.startsWith("$.") ? path.substring(2) : path;
            JsonNode node = succeeded.payload();
            for (String part : field.split("\\.")) {
                node = node.path(part);
            }
            collect(node, field, succeeded, shownCall, found);
        }
        return found;
    }

    /** TaskSucceeded → TaskStarted → TaskScheduled, by previousEventId (robust to interleaved branches). */
    private static Optional<HistoryEvent> scheduledOf(HistoryEvent succeeded, Map<Long, HistoryEvent> byId) {
        HistoryEvent e = byId.get(succeeded.previousEventId());
        for (int hops = 0; e != null && hops < 4; hops++) {
            if (e.type().equals("TaskScheduled")) {
                return Optional.of(e);
            }
            e = byId.get(e.previousEventId());
        }
        return Optional.empty();
    }

    private static void collect(JsonNode node, String label, HistoryEvent source, String call, List<Secret> found) {
        if (node.isTextual()) {
            add(node.asText(), label, source, call, found);
            // A JSON SecretString ({"apiKey": "…"}) is often taken apart with States.StringToJson: track its parts too.
            JsonNode parsed = parse(node.asText());
            if (parsed != null && parsed.isContainerNode()) {
                parsed.properties().forEach(p -> {
                    if (p.getValue().isTextual()) {
                        add(p.getValue().asText(), label + "." + p.getKey(), source, call, found);
                    }
                });
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), label + "[" + i + "]", source, call, found);
            }
        } else if (node.isObject()) {
            node.properties().forEach(p -> {
                if (SECRET_KEYS.contains(p.getKey().toLowerCase(Locale.ROOT))) {
                    collect(p.getValue(), label + "." + p.getKey(), source, call, found);
                }
            });
        }
    }

    private static void add(String value, String label, HistoryEvent source, String call, List<Secret> found) {
        if (value.length() >= MIN_LENGTH) {
            found.add(new Secret(value, escape(value), source.stateName() == null ? "?" : source.stateName(), source.id(), call, label));
        }
    }

    /** @return {@code value} as it appears inside a JSON string (payloads are recorded as JSON text) */
    private static String escape(String value) {
        try {
            String quoted = JSON.writeValueAsString(value);
            return quoted.substring(1, quoted.length() - 1);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return value;
        }
    }

    private static JsonNode parse(String text) {
        String t = text.strip();
        if (!t.startsWith("{")) {
            return null;
        }
        try {
            return JSON.readTree(t);
        } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
            return null;
        }
    }

    private static void walk(JsonNode node, String path, Secret secret, HistoryEvent event, List<SecretLeak> leaks) {
        if (node.isTextual()) {
            String text = node.asText();
            if (text.contains(secret.value()) || text.contains(secret.escaped())) {
                leaks.add(new SecretLeak(secret.sourceState(), secret.sourceEventId(), secret.call(), secret.field(),
                        event.id(), event.type(), event.stateName(), path));
            }
        } else if (node.isObject()) {
            node.properties().forEach(p -> walk(p.getValue(), path.isEmpty() ? p.getKey() : path + "." + p.getKey(),
                    secret, event, leaks));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", secret, event, leaks);
            }
        }
    }
}
