package dev.stepproof.toolkit.coverage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.BDDAssertions.then;

/** Merging into one coverage file from many threads and from several JVMs, as parallel tests and Surefire forks do. */
class CoverageFileTest {

    @TempDir
    Path dir;

    private MetricCoverage states(CoverageReport report, String name, String hash) {
        return report.machine(MachineCoverage.idOf(name, hash)).orElseThrow().metric(CoverageMetric.STATES);
    }

    @Test
    void should_create_the_file_and_its_directories_on_first_merge() throws IOException {
        // GIVEN
        CoverageFile file = CoverageFile.at(dir.resolve("target/stepproof/coverage.json"));
        // WHEN
        file.merge(CoverageFileWriterMain.oneMerge("only"));
        file.merge(CoverageFileWriterMain.oneMerge("only"));
        // THEN
        CoverageReport read = file.read();
        then(states(read, "shared", "abcdef0123456789").items()).containsExactly(entry("A", 2L), entry("B", 4L), entry("Never", 0L));
        then(Files.readString(file.path(), StandardCharsets.UTF_8)).isEqualTo(read.toJson());
        then(file.lockPath()).exists();
        try (var leftovers = Files.list(file.path().getParent())) {
            then(leftovers.map(p -> p.getFileName().toString())).containsOnly("coverage.json", "coverage.json.lock");
        }
    }

    @Test
    void should_read_an_absent_file_as_an_empty_report() throws IOException {
        then(CoverageFile.at(dir.resolve("none.json")).read().isEmpty()).isTrue();
    }

    @Test
    void should_sum_exactly_when_threads_merge_at_once() throws Exception {
        // GIVEN
        CoverageFile file = CoverageFile.at(dir.resolve("coverage.json"));
        int threads = 6;
        int merges = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        // WHEN
        for (int t = 0; t < threads; t++) {
            String label = "thread" + t;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < merges; i++) {
                    CoverageFile.at(file.path()).merge(CoverageFileWriterMain.oneMerge(label));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        // THEN
        CoverageReport read = file.read();
        then(states(read, "shared", "abcdef0123456789").items()).containsExactly(
                entry("A", (long) threads * merges), entry("B", 2L * threads * merges), entry("Never", 0L));
        for (int t = 0; t < threads; t++) {
            then(states(read, "writer-thread" + t, "0000000000000000").hits("X")).isEqualTo(merges);
        }
    }

    @Test
    void should_sum_exactly_when_two_jvms_and_this_one_merge_at_once() throws Exception {
        // GIVEN two other JVMs on this test class path, held at a start signal
        Path coverage = dir.resolve("coverage.json");
        Path go = dir.resolve("go");
        int merges = 30;
        List<Process> jvms = List.of(startJvm(coverage, go, "jvm1", merges), startJvm(coverage, go, "jvm2", merges));
        for (String label : List.of("jvm1", "jvm2")) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(dir.resolve("ready-" + label)) && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        }
        // WHEN all three write
        Files.createFile(go);
        for (int i = 0; i < merges; i++) {
            CoverageFile.at(coverage).merge(CoverageFileWriterMain.oneMerge("this"));
        }
        for (Process jvm : jvms) {
            then(jvm.waitFor(120, TimeUnit.SECONDS)).as("JVM finished in time").isTrue();
            then(jvm.exitValue()).as(new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        }
        // THEN
        CoverageReport read = CoverageFile.at(coverage).read();
        then(states(read, "shared", "abcdef0123456789").items()).containsExactly(
                entry("A", 3L * merges), entry("B", 6L * merges), entry("Never", 0L));
        for (String label : List.of("this", "jvm1", "jvm2")) {
            then(states(read, "writer-" + label, "0000000000000000").hits("X")).as(label).isEqualTo(merges);
        }
    }

    private static Process startJvm(Path coverage, Path go, String label, int merges) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CoverageFileWriterMain.class.getName(),
                coverage.toString(), go.toString(), label, Integer.toString(merges))
                .redirectErrorStream(true)
                .start();
    }

    @Test
    void should_give_up_with_the_lock_path_when_another_process_keeps_the_lock() throws Exception {
        // GIVEN another thread holding the lock for longer than the timeout
        CoverageFile file = CoverageFile.at(dir.resolve("coverage.json")).withLockTimeout(Duration.ofMillis(100));
        Files.createDirectories(dir);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            try (var lock = dev.stepproof.toolkit.internal.coverage.FileLockGuard.acquire(file.lockPath(), Duration.ofSeconds(5))) {
                held.countDown();
                release.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        holder.start();
        held.await();
        // WHEN
        Throwable thrown = catchThrowable(() -> file.merge(CoverageReport.empty()));
        release.countDown();
        holder.join();
        // THEN
        then(thrown).isInstanceOf(IOException.class)
                .hasMessage("Timed out after 100 ms waiting for the lock on [" + file.lockPath() + "]");
    }
}
