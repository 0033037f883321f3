package dev.stepproof.junit.coverage;

import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.coverage.CoverageFile;
import dev.stepproof.toolkit.coverage.CoverageMetric;
import dev.stepproof.toolkit.coverage.CoverageReport;
import dev.stepproof.toolkit.coverage.MachineCoverage;
import dev.stepproof.toolkit.model.StateMachine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.BDDAssertions.then;

/** Recording executions during a run and flushing them into coverage.json. */
class CoverageRecorderTest {

    @TempDir
    Path dir;

    private static MachineCoverage only(CoverageReport report) {
        then(report.machines()).hasSize(1);
        return report.machines().get(0);
    }

    @Test
    void should_resolve_the_directory_from_the_platform_parameter_or_default_to_target_stepproof() {
        then(CoverageRecorder.directory(key -> Optional.empty())).isEqualTo(Path.of("target/stepproof"));
        then(CoverageRecorder.directory(key -> Optional.of(" build/coverage "))).isEqualTo(Path.of("build/coverage"));
        then(CoverageRecorder.directory(key -> Optional.ofNullable(Map.of("stepproof.coverage.dir", "out").get(key)))).isEqualTo(Path.of("out"));
    }

    @Test
    void should_return_one_recorder_per_directory() {
        then(CoverageRecorder.forRun(dir)).isSameAs(CoverageRecorder.forRun(dir.resolve("x/..")));
        then(CoverageRecorder.forRun(dir.resolve("other"))).isNotSameAs(CoverageRecorder.forRun(dir));
        then(CoverageRecorder.forRun(dir).coverageFile()).isEqualTo(dir.toAbsolutePath().resolve("coverage.json"));
    }

    @Test
    void should_write_what_was_recorded_from_many_threads_and_machine_instances() throws Exception {
        // GIVEN each thread reads its own instance of the same definition
        CoverageRecorder recorder = new CoverageRecorder(dir);
        int threads = 4;
        int runs = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        // WHEN
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                StateMachine machine = Greeting.machine();
                for (int i = 0; i < runs; i++) {
                    recorder.record("greeting", machine, Greeting.run(machine, i % 2 == 0 ? "fr" : "en"));
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        CoverageReport flushed = recorder.flush();
        // THEN
        MachineCoverage written = only(CoverageFile.at(recorder.coverageFile()).read());
        then(flushed.machines()).containsExactly(written);
        then(written.name()).isEqualTo("greeting");
        then(written.metric(CoverageMetric.CHOICE_RULES).items()).containsExactly(
                entry("Language?[0]", (long) threads * runs / 2), entry("Language?[default]", (long) threads * runs / 2));
        then(written.metric(CoverageMetric.STATES).hits("Language?")).isEqualTo(threads * runs);
    }

    @Test
    void should_add_each_flush_once_and_leave_the_file_alone_when_nothing_was_recorded() throws IOException {
        // GIVEN
        CoverageRecorder recorder = new CoverageRecorder(dir);
        StateMachine machine = Greeting.machine();
        // WHEN
        CoverageReport nothing = recorder.flush();
        recorder.record("greeting", machine, Greeting.run(machine, "fr"));
        recorder.flush();
        recorder.flush();
        recorder.record("greeting", machine, Greeting.run(machine, "fr"));
        recorder.flush();
        // THEN
        then(nothing.isEmpty()).isTrue();
        then(only(CoverageFile.at(recorder.coverageFile()).read()).metric(CoverageMetric.STATES).hits("Bonjour")).isEqualTo(2);
    }

    @Test
    void should_keep_the_hits_for_the_next_flush_when_the_file_cannot_be_written() throws IOException {
        // GIVEN a directory path that is a file, so the first flush fails
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "not a directory");
        CoverageRecorder recorder = new CoverageRecorder(blocked);
        StateMachine machine = Greeting.machine();
        Execution french = Greeting.run(machine, "fr");
        recorder.record("greeting", machine, french);
        // WHEN
        Throwable failed = org.assertj.core.api.Assertions.catchThrowable(recorder::flush);
        Files.delete(blocked);
        recorder.record("greeting", machine, french);
        recorder.flush();
        // THEN
        then(failed).isInstanceOf(IOException.class);
        then(only(CoverageFile.at(recorder.coverageFile()).read()).metric(CoverageMetric.STATES).hits("Bonjour")).isEqualTo(2);
    }
}
