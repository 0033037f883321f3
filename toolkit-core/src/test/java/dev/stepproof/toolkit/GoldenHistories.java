package dev.stepproof.toolkit;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepproof.toolkit.spi.TaskInvoker;
import dev.stepproof.toolkit.spi.TaskResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The representative executions whose histories are kept, byte for byte, as golden files under
 * {@code src/test/resources/golden}: one per definition there, each with a fixed input, seed and task invoker.
 * Shared by {@link GoldenHistoryTest} (JDK 17 and JDK 25 give the same bytes) and
 * {@link InterpreterDeterminismTest} (1,000 concurrent executions give them too).
 */
final class GoldenHistories {

    /** Set to {@code true} to rewrite the golden files from the current interpreter instead of comparing. */
    static final String UPDATE_PROPERTY = "stepproof.golden.update";

    /** Where the update mode writes; Surefire runs tests in the module directory. */
    static final Path SOURCE_DIR = Path.of("src", "test", "resources", "golden");

    /**
     * One golden execution.
     *
     * @param name    the definition {@code golden/<name>.asl.json}; the history is {@code golden/<name>.history.json}
     * @param input   the execution input
     * @param seed    the execution's random seed
     * @param invoker answers every Task; stateless, so executions on many threads can share it
     * @param options adds what else the run needs (S3 objects, callbacks, child machines); builds fresh state per run
     */
    record Case(String name, String input, long seed, TaskInvoker invoker, UnaryOperator<ExecutionOptions> options) {
        Case(String name, String input, long seed, TaskInvoker invoker) {
            this(name, input, seed, invoker, UnaryOperator.identity());
        }

        Interpreter interpreter() {
            return Interpreter.of(DefinitionReader.standard().read(resource(name + ".asl.json"), name + ".asl.json")
                    .orElseThrow());
        }

        Execution run(Interpreter interpreter) {
            return interpreter.execute(options.apply(ExecutionOptions.defaults().withName("golden-" + name).withInput(input)
                    .withSeed(seed).withTaskInvoker(invoker)));
        }

        String goldenFile() {
            return name + ".history.json";
        }
    }

    /** Even items and the 'other' branch fail twice with Flaky, then echo their parameters. */
    static final TaskInvoker FLAKY_TWICE = invocation -> {
        boolean flaky = invocation.parameters().path("Payload").path("item").asInt() % 2 == 0
                || invocation.parameters().has("id");
        return flaky && invocation.attempt() <= 2
                ? TaskResult.failure("Flaky", "attempt " + invocation.attempt())
                : TaskResult.success(invocation.parameters());
    };

    /** Lambda-shaped answers by function name: 'charge' is throttled twice, 'ship' is down, 'price' flaky once. */
    static final TaskInvoker SHOP = invocation -> {
        String function = invocation.parameters().path("FunctionName").asText();
        JsonNode payload = invocation.parameters().path("Payload");
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("StatusCode", 200);
        switch (function) {
            case "charge" -> {
                if (invocation.attempt() <= 2) {
                    return TaskResult.failure("Throttled", "rate exceeded on attempt " + invocation.attempt());
                }
                answer.putObject("Payload").put("status", "CHARGED").put("amount", 3.75)
                        .put("orderId", payload.path("orderId").asText());
            }
            case "ship" -> {
                return TaskResult.failure("ShippingDown", "carrier unavailable for " + payload.path("orderId").asText());
            }
            case "price" -> {
                if (invocation.attempt() == 1 && payload.path("value").asDouble() > 10) {
                    return TaskResult.failure("Flaky", "first attempt");
                }
                answer.putObject("Payload").put("net", payload.path("value").asDouble() / 1.19)
                        .set("echo", payload);
            }
            default -> throw new IllegalStateException("no answer for function " + function);
        }
        return TaskResult.success(answer);
    };

    /**
     * The 'language-2025' tasks: the batch Lambda is throttled once for the first batch and rejects a batch holding a
     * row marked bad; the approval message is accepted (the answer comes as a callback).
     */
    static final TaskInvoker LOADER = invocation -> {
        if (invocation.resource().contains("sqs:sendMessage")) {
            return TaskResult.success(JsonNodeFactory.instance.objectNode().put("MessageId", "m-" + invocation.attempt()));
        }
        JsonNode items = invocation.parameters().path("Payload").path("Items");
        for (JsonNode item : items) {
            if (item.path("bad").asBoolean()) {
                return TaskResult.failure("BadRow", "row " + item.path("id").asInt() + " is bad");
            }
        }
        if (items.path(0).path("id").asInt() == 1 && invocation.attempt() == 1) {
            return TaskResult.failure("Throttled", "slow down");
        }
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("StatusCode", 200).putObject("Payload").put("stored", items.size()).put("ratio", 2.0 / 3);
        return TaskResult.success(answer);
    };

    private static ExecutionOptions language2025(ExecutionOptions options) {
        StringBuilder rows = new StringBuilder();
        for (int id = 1; id <= 12; id++) {
            rows.append("{\"id\": ").append(id).append(", \"amount\": ").append(id).append(".").append(id)
                    .append(id == 5 ? ", \"bad\": true" : "").append("}\n");
        }
        String child = resource("children/payment.asl.json");
        return options.withInput("{\"day\": \"2026-03-01\"}")
                .withS3Objects(S3Objects.builder().put("landing", "rows.jsonl", rows.toString()).build())
                .withS3Output(S3Output.inMemory())
                .withCallbacks(Callbacks.of(Callback.forState("Approve").heartbeatAfter(Duration.ofSeconds(45))
                        .succeedsAfter(Duration.ofSeconds(100), "{\"approved\": true, \"by\": \"ops\"}")))
                .withStateMachines(StateMachines.builder().register("arn:aws:states:us-east-1:111111111111:stateMachine:payment",
                        DefinitionReader.standard().read(child, "children/payment.asl.json").orElseThrow()).build());
    }

    static final List<Case> CASES = List.of(
            new Case("fan-out", "{\"items\": [1, 2, 3, 4, 5, 6, 7, 8]}", 7, FLAKY_TWICE),
            new Case("intrinsics", """
                    {"text": "StepProof", "unicode": "Grüße, 東京 🚀", "int": 1,
                     "doubles": [0.1, 1.0E23, 2.0E-3, 123456789.125, -0.0]}""", 11, FLAKY_TWICE),
            new Case("jsonata", """
                    {"prices": [9.99, 12.5, 0.1, 100, 1e-7], "attrs": {"zeta": 1, "alpha": 2, "mid": 3}}""", 42, SHOP),
            new Case("wait-catch-variables", "{\"orderId\": \"o-17\"}", 3, SHOP),
            new Case("language-2025", "{}", 5, LOADER, GoldenHistories::language2025));

    private static final ObjectWriter WRITER = new ObjectMapper().writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private GoldenHistories() {
    }

    /**
     * The canonical serialisation: GetExecutionHistory JSON ({@link ExecutionHistory#toJson()}), indented with
     * two spaces and {@code \n} whatever the platform, ending in a newline.
     */
    static String render(Execution execution) {
        try {
            return WRITER.writeValueAsString(execution.history().toJson()) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean updating() {
        return Boolean.getBoolean(UPDATE_PROPERTY);
    }

    /** @return the golden file's bytes decoded as UTF-8, read from the test class path */
    static String golden(Case c) {
        return resource(c.goldenFile());
    }

    static void write(Case c, String history) {
        try {
            Files.createDirectories(SOURCE_DIR);
            Files.writeString(SOURCE_DIR.resolve(c.goldenFile()), history, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String file) {
        try (InputStream in = GoldenHistories.class.getResourceAsStream("/golden/" + file)) {
            if (in == null) {
                throw new IllegalStateException("golden/" + file + " is missing from the test class path; create it with "
                        + "./mvnw -o -pl toolkit-core test -Dtest=GoldenHistoryTest -D" + UPDATE_PROPERTY + "=true");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
