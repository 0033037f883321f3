package dev.stepproof.toolkit.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionLimits;
import dev.stepproof.toolkit.ExecutionOptions;
import dev.stepproof.toolkit.internal.dataflow.EvalContext;
import dev.stepproof.toolkit.model.StateMachine;
import dev.stepproof.toolkit.spi.TaskInvoker;
import dev.stepproof.toolkit.spi.TaskResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.BDDAssertions.then;

/**
 * What the fuzz targets share: how fuzzer bytes become text, the fixed documents that compiled expressions run
 * against, a task invoker whose answers depend only on the parameters, and the checks every result must pass.
 *
 * <p>Targets take {@code byte[]} and decode it as UTF-8 so that the seed files under
 * {@code <Class>Inputs/<method>/} are plain text that reads as what it is: a definition, a path, a template.
 */
final class Fixtures {

    /**
     * How long one target fuzzes when {@code JAZZER_FUZZ=1}: a short campaign. Longer runs override it on the
     * command line (docs/fuzzing.md); regression runs ignore it.
     */
    static final String SHORT_CAMPAIGN = "2m";

    /** Executions of fuzzed input stop a runaway loop early; AWS's other limits stay. */
    static final ExecutionLimits LIMITS = ExecutionLimits.aws().withMaxTransitions(10_000);

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String DOCUMENT = """
            {"a b": {"c": [1, 2, 3, "four", null]},
             "items": [{"name": "apple", "price": 5, "tags": ["red"]}, {"name": "pear", "price": 7.5}, {"price": null}],
             "s": "text", "n": 42, "f": -0.5, "t": true, "z": null, "e": {}, "empty": [],
             "json": "{\\"k\\": [1, {\\"v\\": \\"x\\"}]}", "b64": "aGVsbG8=", "when": "2026-01-01T00:00:00Z",
             "nested": {"deeper": {"deepest": ["x", "y"]}, "": "empty key", "it's": 1}}""";

    private static final String CONTEXT = """
            {"Execution": {"Id": "arn:aws:states:us-east-1:111111111111:execution:M:e", "Name": "e",
                           "Input": {"orderId": "O-1"}, "StartTime": "2026-01-01T00:00:00Z",
                           "RoleArn": "arn:aws:iam::111111111111:role/R", "RedriveCount": 0},
             "State": {"Name": "S", "EnteredTime": "2026-01-01T00:00:01Z", "RetryCount": 0},
             "StateMachine": {"Id": "arn:aws:states:us-east-1:111111111111:stateMachine:M", "Name": "M"},
             "Map": {"Item": {"Index": 1, "Value": {"name": "pear"}}}, "Task": {"Token": "t0k3n"}}""";

    private Fixtures() {
    }

    /** @return the fuzzer's bytes as text; malformed UTF-8 becomes U+FFFD, as a file read would make it */
    static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }

    /** @return a fresh copy of the document paths and templates are evaluated against, so no run sees another's writes */
    static JsonNode document() {
        return json(DOCUMENT);
    }

    /** @return an evaluation context over {@link #document()}, a context object, three variables and a fixed seed */
    static EvalContext context() {
        return new FixedContext(document(), json(CONTEXT),
                Map.of("x", json("1"), "name", json("\"stepproof\""), "list", json("[1, [2], {\"k\": 3}]")),
                new SplittableRandom(0));
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** @return the text parsed as JSON, or null when it is not JSON */
    static JsonNode jsonOrNull(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node == null || node.isMissingNode() ? null : node;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** @return a machine from {@code machines/} beside this class; the fixtures are valid, so this does not fail */
    static StateMachine machine(String name) {
        return DefinitionReader.standard().readResource("dev/stepproof/toolkit/fuzz/machines/" + name).orElseThrow();
    }

    /** @return the text of a resource beside this class */
    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No test resource [" + name + "] beside " + Fixtures.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A task that answers from its own parameters, so the fuzzed input decides: {@code "fail": "Some.Error"} fails
     * the attempt with that error (while {@code "failAttempts"} is at least the attempt number, when given), and
     * anything else succeeds with the parameters themselves.
     */
    static TaskInvoker echoInvoker() {
        return invocation -> {
            JsonNode parameters = invocation.parameters();
            JsonNode fail = parameters.path("fail");
            int failAttempts = parameters.path("failAttempts").asInt(Integer.MAX_VALUE);
            if (fail.isTextual() && invocation.attempt() <= failAttempts) {
                return TaskResult.failure(fail.textValue(), "asked to fail on attempt " + invocation.attempt());
            }
            return TaskResult.success(parameters);
        };
    }

    /** @return the options fuzzed executions run with: the echo invoker and {@link #LIMITS} */
    static ExecutionOptions options() {
        return ExecutionOptions.defaults().withTaskInvoker(echoInvoker()).withLimits(LIMITS);
    }

    /** Every diagnostic is complete and renders as one line. */
    static void checkDiagnostics(List<Diagnostic> diagnostics) {
        then(diagnostics).isNotNull().doesNotContainNull();
        for (Diagnostic d : diagnostics) {
            then(d.format()).isNotBlank();
        }
    }

    /** An execution always ends with a status, and its history serialises. */
    static void checkExecution(Execution execution) {
        then(execution).isNotNull();
        then(execution.status()).isNotNull();
        then(execution.history().toJson()).isNotNull();
        if (execution.succeeded()) {
            then(execution.output()).isNotNull();
        }
    }

    /** The evaluation context the targets use: fixed documents, read-only by contract. */
    private record FixedContext(JsonNode input, JsonNode context, Map<String, JsonNode> variables,
                                RandomGenerator random) implements EvalContext {
        @Override
        public JsonNode variable(String name) {
            return variables.get(name);
        }
    }
}
