package dev.stepproof.benchmarks;

import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionOptions;
import dev.stepproof.toolkit.Interpreter;
import dev.stepproof.toolkit.MapRun;
import dev.stepproof.toolkit.S3Objects;
import dev.stepproof.toolkit.S3Output;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A distributed Map over a million items read from one S3 object (CSV or JSONL, generated on the fly so the
 * object itself takes no memory), each item a child execution with a Pass state; results go to a ResultWriter
 * (discarding output) or are dropped with {@code "ResultPath": null}. Prints one JSON line per case with the wall
 * time and the heap high-water mark (sum of the heap pools' peak usage, reset at the start). Run it with a small
 * heap to show that memory stays bounded: {@code benchmarks/run.sh --distributed-map} uses {@code -Xmx512m}.
 *
 * <pre>java -Xmx512m -cp … dev.stepproof.benchmarks.DistributedMapBench [items]</pre>
 */
public final class DistributedMapBench {

    private DistributedMapBench() {
    }

    public static void main(String[] args) {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        String writer = """
                "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject", "Parameters": {"Bucket": "out", "Prefix": "bench"}},""";
        run("csv-result-writer", items, "CSV", "\"MaxConcurrency\": 1000," + writer);
        run("jsonl-results-discarded", items, "JSONL", "\"MaxConcurrency\": 1000, \"ResultPath\": null,");
        run("csv-result-writer-default-concurrency-10000", items, "CSV", writer);
    }

    private static void run(String name, int items, String inputType, String resultFields) {
        String definition = """
                {"StartAt": "Each", "States": {"Each": {"Type": "Map",
                  "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "Parameters": {"Bucket": "in", "Key": "items"},
                                 "ReaderConfig": {"InputType": "%s"%s}},
                  %s
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"},
                    "StartAt": "Work", "States": {"Work": {"Type": "Pass", "Parameters": {"id.$": "$.id", "seen": true}, "End": true}}},
                  "End": true}}}""".formatted(inputType, "CSV".equals(inputType) ? ", \"CSVHeaderLocation\": \"FIRST_ROW\"" : "",
                resultFields);
        Interpreter interpreter = Interpreter.of(DefinitionReader.standard().read(definition, name).orElseThrow());
        S3Objects objects = S3Objects.builder().put("in", "items", () -> new Rows(items, "CSV".equals(inputType)), -1).build();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        Execution e = interpreter.execute(ExecutionOptions.defaults().withS3Objects(objects).withS3Output(S3Output.discarding()));
        long wallMs = (System.nanoTime() - start) / 1_000_000;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        MapRun run = e.mapRuns().get(0);
        System.out.printf("{\"case\": \"%s\", \"items\": %d, \"status\": \"%s\", \"succeeded\": %d, \"wallMs\": %d, "
                        + "\"itemsPerSecond\": %d, \"heapPeakMiB\": %.1f, \"maxHeapMiB\": %d}%n",
                name, items, e.status(), run.succeeded(), wallMs, wallMs == 0 ? 0 : items * 1000L / wallMs,
                peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
    }

    /** The object's body, produced row by row: {@code id,amount} CSV or {@code {"id": …}} JSON lines. */
    private static final class Rows extends InputStream {
        private final int count;
        private final boolean csv;
        private int next = -1;
        private byte[] line = new byte[0];
        private int pos;

        Rows(int count, boolean csv) {
            this.count = count;
            this.csv = csv;
        }

        private boolean fill() {
            if (pos < line.length) {
                return true;
            }
            if (next >= count) {
                return false;
            }
            String text = next < 0 ? (csv ? "id,amount\n" : "") : csv ? next + "," + (next % 1000) + "\n"
                    : "{\"id\": " + next + ", \"amount\": " + (next % 1000) + "}\n";
            next++;
            line = text.getBytes(StandardCharsets.US_ASCII);
            pos = 0;
            return true;
        }

        @Override
        public int read() {
            while (fill()) {
                if (pos < line.length) {
                    return line[pos++];
                }
            }
            return -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = 0;
            while (n < len && fill()) {
                int chunk = Math.min(len - n, line.length - pos);
                System.arraycopy(line, pos, b, off + n, chunk);
                pos += chunk;
                n += chunk;
            }
            return n == 0 && len > 0 ? -1 : n;
        }
    }
}
