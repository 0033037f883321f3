package dev.stepproof.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionLimits;
import dev.stepproof.toolkit.ExecutionOptions;
import dev.stepproof.toolkit.Interpreter;
import dev.stepproof.toolkit.audit.AuditInput;
import dev.stepproof.toolkit.audit.AuditReport;
import dev.stepproof.toolkit.audit.Auditor;
import dev.stepproof.toolkit.model.StateMachine;
import dev.stepproof.toolkit.spi.TaskResult;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The scale benchmarks of issue 10, one per run (each in a fresh JVM, see {@code benchmarks/run.sh --scale}). Each
 * prints one JSON line: its figure, the heap high-water mark ({@link HeapWatermark}) and the {@code -Xmx} in force.
 *
 * <pre>
 * ScaleBench module DIR                      writes a Maven module with 1,000 scenario cases (50 files × 20) to DIR
 * ScaleBench engine DIR                      runs DIR's scenario files through the JUnit Platform Launcher
 * ScaleBench definition STATES               reads, validates and executes a generated STATES-state definition
 * ScaleBench audit DEFINITIONS               audits DEFINITIONS generated definition files
 * ScaleBench payloads STATES KIB EXECUTIONS  passes a KIB-KiB payload through STATES Task states, EXECUTIONS times
 * </pre>
 */
public final class ScaleBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ScaleBench module DIR | engine DIR | definition STATES | audit DEFINITIONS"
                    + " | payloads STATES KIB EXECUTIONS");
            System.exit(2);
        }
        switch (args[0]) {
            case "module" -> ScaleModule.write(Path.of(args[1]));
            case "engine" -> engine(Path.of(args[1]));
            case "definition" -> definition(Integer.parseInt(args[1]));
            case "audit" -> audit(Integer.parseInt(args[1]));
            case "payloads" -> payloads(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            default -> {
                System.err.println("unknown benchmark: " + args[0]);
                System.exit(2);
            }
        }
    }

    /** Runs every scenario file under {@code module}'s test resources on the stepproof engine, in this JVM. */
    private static void engine(Path module) {
        Map<String, AtomicInteger> byStatus = new ConcurrentHashMap<>();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        TestExecutionListener counter = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (test.isTest()) {
                    byStatus.computeIfAbsent(result.getStatus().name(), k -> new AtomicInteger()).incrementAndGet();
                }
                if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL && failures.size() < 3) {
                    failures.add(test.getDisplayName() + ": " + result.getThrowable().map(Throwable::getMessage).orElse(""));
                }
            }
        };
        HeapWatermark.start();
        long start = System.nanoTime();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectDirectory(module.resolve("src/test/resources").toAbsolutePath().toFile()))
                .filters(org.junit.platform.launcher.EngineFilter.includeEngines("stepproof"))
                .build(), counter);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("{\"benchmark\":\"engine-in-process\",\"tests\":" + byStatus + ",\"ms\":" + ms + ","
                + HeapWatermark.json() + "}");
        failures.forEach(f -> System.err.println("not successful: " + f));
    }

    /** Reads (and so validates) and runs a generated definition; Tasks answer at once, Waits pass in virtual time. */
    private static void definition(int states) {
        String text = GeneratedDefinitions.mixed(states);
        HeapWatermark.start();
        long t0 = System.nanoTime();
        DefinitionReader.ReadResult read = DefinitionReader.standard().withMaxBytes(Integer.MAX_VALUE)
                .read(text, "generated-" + states + ".asl.json");
        long t1 = System.nanoTime();
        StateMachine machine = read.orElseThrow();
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.putObject("Payload").put("v", 1);
        Execution execution = Interpreter.of(machine).execute(ExecutionOptions.defaults()
                .withInput("{\"a\": 1, \"b\": 2, \"x\": 2, \"y\": \"a\"}")
                .withLimits(ExecutionLimits.aws().withMaxHistoryEvents(Integer.MAX_VALUE))
                .withTaskInvoker(call -> TaskResult.success(answer)));
        long t2 = System.nanoTime();
        System.out.println("{\"benchmark\":\"definition\",\"states\":" + states + ",\"bytes\":" + text.length()
                + ",\"diagnostics\":" + read.diagnostics().size() + ",\"readValidateMs\":" + (t1 - t0) / 1_000_000
                + ",\"status\":\"" + execution.status() + "\",\"statesEntered\":"
                + execution.history().statesEntered().size() + ",\"events\":" + execution.history().events().size()
                + ",\"executeMs\":" + (t2 - t1) / 1_000_000 + "," + HeapWatermark.json() + "}");
    }

    /** Audits generated definitions of 20 to 60 states, half of them with an over-broad execution role policy. */
    private static void audit(int definitions) throws IOException {
        Path dir = Files.createTempDirectory("stepproof-audit-bench");
        String policy = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\","
                + " \"Action\": [\"lambda:InvokeFunction\", \"dynamodb:*\"], \"Resource\": \"*\"}]}";
        Path policyFile = Files.writeString(dir.resolve("role-policy.json"), policy);
        List<AuditInput> inputs = new ArrayList<>();
        for (int i = 0; i < definitions; i++) {
            Path file = Files.writeString(dir.resolve("machine-" + i + ".asl.json"),
                    GeneratedDefinitions.mixed(20 + i % 41), StandardCharsets.UTF_8);
            AuditInput input = AuditInput.definition(file);
            inputs.add(i % 2 == 0 ? input.withRolePolicy(policyFile) : input);
        }
        HeapWatermark.start();
        long start = System.nanoTime();
        AuditReport report = Auditor.standard().audit(inputs);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("{\"benchmark\":\"audit\",\"definitions\":" + definitions + ",\"machines\":"
                + report.machines().size() + ",\"findings\":" + report.findings().size() + ",\"problems\":"
                + report.problems().size() + ",\"ms\":" + ms + "," + HeapWatermark.json() + "}");
    }

    /**
     * A chain of Task states, each adding a small result under {@code $.last} to a payload of about {@code kib}
     * KiB, so every state's input and output are nearly the whole payload; history is recorded, as in tests.
     */
    private static void payloads(int states, int kib, int executions) throws IOException {
        StringBuilder sb = new StringBuilder("{\"StartAt\":\"T0\",\"States\":{");
        for (int i = 0; i < states; i++) {
            sb.append(i == 0 ? "" : ",").append("\"T").append(i).append("\":{\"Type\":\"Task\",")
                    .append("\"Resource\":\"arn:aws:states:::lambda:invoke\",\"Parameters\":{\"FunctionName\":\"f\",")
                    .append("\"Payload\":{\"step\":").append(i).append("}},\"ResultSelector\":{\"step.$\":\"$.Payload.step\"},")
                    .append("\"ResultPath\":\"$.last\",")
                    .append(i == states - 1 ? "\"End\":true}" : "\"Next\":\"T" + (i + 1) + "\"}");
        }
        Interpreter interpreter = Interpreter.of(DefinitionReader.standard().read(sb.append("}}").toString(),
                "payloads.asl.json").orElseThrow());
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        var items = input.putArray("items");
        int chunk = 1000;
        for (int i = 0; items.toString().length() < kib * 1024 - chunk - 100; i++) {
            items.add("item-" + i + "-" + "x".repeat(chunk - 20));
        }
        long inputBytes = JSON.writeValueAsBytes(input).length;
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        HeapWatermark.start();
        long start = System.nanoTime();
        String status = "";
        long events = 0;
        for (int e = 0; e < executions; e++) {
            Execution execution = interpreter.execute(ExecutionOptions.defaults().withInput(input)
                    .withLimits(ExecutionLimits.aws().withMaxHistoryEvents(Integer.MAX_VALUE))
                    .withTaskInvoker(call -> TaskResult.success(answer.deepCopy()
                            .set("Payload", call.parameters().path("Payload")))));
            status = execution.status().name();
            events = execution.history().events().size();
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("{\"benchmark\":\"payloads\",\"states\":" + states + ",\"payloadBytes\":" + inputBytes
                + ",\"executions\":" + executions + ",\"status\":\"" + status + "\",\"eventsPerExecution\":" + events
                + ",\"ms\":" + ms + "," + HeapWatermark.json() + "}");
    }
}
