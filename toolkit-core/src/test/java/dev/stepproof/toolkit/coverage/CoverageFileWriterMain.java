package dev.stepproof.toolkit.coverage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A separate JVM for {@link CoverageFileTest}: waits for a start signal, then merges {@link #sharedHits()} and
 * its own machine into the same coverage file {@code merges} times, as a Surefire fork would.
 *
 * <p>Arguments: coverage file, start-signal file, writer label, number of merges. Creates {@code ready-<label>}
 * beside the start signal once it runs, so the test starts everyone together.
 */
final class CoverageFileWriterMain {

    private CoverageFileWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path go = Path.of(args[1]);
        String label = args[2];
        int merges = Integer.parseInt(args[3]);
        Files.createFile(go.resolveSibling("ready-" + label));
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Files.exists(go) && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        for (int i = 0; i < merges; i++) {
            CoverageFile.at(file).merge(oneMerge(label));
        }
    }

    /** What one merge adds: hits on a machine every writer shares, and one hit on the writer's own machine. */
    static CoverageReport oneMerge(String label) {
        return CoverageReport.of(List.of(sharedHits(), machine("writer-" + label, "0000000000000000", Map.of("X", 1L))));
    }

    static MachineCoverage sharedHits() {
        return machine("shared", "abcdef0123456789", Map.of("A", 1L, "B", 2L, "Never", 0L));
    }

    static MachineCoverage machine(String name, String hash, Map<String, Long> states) {
        return new MachineCoverage(MachineCoverage.idOf(name, hash), name, hash,
                Map.of(CoverageMetric.STATES, new MetricCoverage(new TreeMap<>(states))));
    }
}
