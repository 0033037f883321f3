package dev.stepproof.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionLimits;
import dev.stepproof.toolkit.ExecutionOptions;
import dev.stepproof.toolkit.ExecutionStatus;
import dev.stepproof.toolkit.Interpreter;
import dev.stepproof.toolkit.spi.TaskInvoker;
import dev.stepproof.toolkit.spi.TaskResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs every workload of a directory (definition.json, input.json, meta.json) on StepProof, in process, with
 * history recording on, and prints one JSON line per workload in the format of
 * {@code ../shared/bench/peer/run.sh}, so the two can be compared line by line. Each run must SUCCEED and
 * enter exactly {@code meta.statesEntered} states, or the benchmark fails.
 *
 * <p>Usage: {@code WorkloadBench [--workloads DIR] [--warmup N] [--warmup-seconds S] [--runs N]}; warm-up lasts
 * at least N runs and S seconds (defaults 3 and 3; 21 timed runs), so the JIT has compiled the interpreter before timing.
 */
public final class WorkloadBench {
    private static final ObjectMapper JSON = new ObjectMapper();

    private WorkloadBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(option(args, "--workloads", "../shared/bench/workloads"));
        int warmup = Integer.parseInt(option(args, "--warmup", "3"));
        double warmupSeconds = Double.parseDouble(option(args, "--warmup-seconds", "3"));
        int runs = Integer.parseInt(option(args, "--runs", "21"));
        if (!Files.isDirectory(dir)) {
            System.err.println("No workloads directory at " + dir.toAbsolutePath() + "; pass --workloads DIR.");
            System.exit(2);
        }
        List<Path> workloads;
        try (Stream<Path> list = Files.list(dir)) {
            workloads = list.filter(p -> Files.isRegularFile(p.resolve("definition.json"))).sorted().toList();
        }
        int failures = 0;
        for (Path w : workloads) {
            failures += run(w, warmup, warmupSeconds, runs) ? 0 : 1;
        }
        if (failures > 0) {
            System.exit(1);
        }
    }

    private static boolean run(Path dir, int warmup, double warmupSeconds, int runs) throws IOException {
        JsonNode meta = JSON.readTree(dir.resolve("meta.json").toFile());
        String inputText = Files.readString(dir.resolve("input.json"));
        Interpreter interpreter = Interpreter.of(DefinitionReader.standard().read(dir.resolve("definition.json")).orElseThrow());
        // The loop and map workloads exceed AWS's quotas (25,000 history events; the map's 380 KB output is over
        // the 256 KiB payload limit), so real AWS would fail them. The benchmark measures throughput, so it lifts
        // those two quotas and keeps history recording and size checking on.
        ExecutionOptions options = ExecutionOptions.defaults().withInput(JSON.readTree(inputText))
                .withLimits(ExecutionLimits.aws().withMaxHistoryEvents(Integer.MAX_VALUE).withMaxPayloadBytes(Integer.MAX_VALUE))
                .withTaskInvoker(handlers(meta.path("taskHandlers")));
        long expectedStates = meta.path("statesEntered").asLong();
        Execution last = null;
        // The JVM compiles hot code after thousands of calls, so a few warm-up runs leave it mostly
        // interpreted: warm up for at least --warmup runs and --warmup-seconds, whichever is longer.
        long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        int warmed = 0;
        while (warmed < warmup || System.nanoTime() < warmupEnd) {
            last = interpreter.execute(options);
            warmed++;
        }
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            last = interpreter.execute(options);
            seconds[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(seconds);
        double median = seconds[runs / 2];
        long entered = last.history().statesEntered().size();
        ObjectNode line = JSON.createObjectNode();
        line.put("tool", "stepproof");
        line.put("workload", dir.getFileName().toString());
        line.put("runs", runs);
        line.put("warmupRuns", warmed);
        line.put("medianSeconds", median);
        line.put("statesEntered", entered);
        line.put("statesPerSecond", Math.round(entered / median));
        line.put("outputBytes", last.output() == null ? 0 : last.output().toString().length());
        System.out.println(JSON.writeValueAsString(line));
        if (last.status() != ExecutionStatus.SUCCEEDED || entered != expectedStates) {
            System.err.println(dir.getFileName() + ": expected SUCCEEDED with " + expectedStates + " states entered, got "
                    + last.status() + " with " + entered + " (" + last + ")");
            return false;
        }
        return true;
    }

    /** The task handlers meta.json names, by state; "identity" returns the task's parameters. */
    private static TaskInvoker handlers(JsonNode spec) {
        List<String> identity = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) spec::fields) {
            if (!"identity".equals(e.getValue().asText())) {
                throw new IllegalArgumentException("unknown task handler kind " + e.getValue());
            }
            identity.add(e.getKey());
        }
        return invocation -> identity.contains(invocation.stateName()) ? TaskResult.success(invocation.parameters())
                : TaskResult.failure("Bench.NoHandler", "no handler for " + invocation.stateName());
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
