package dev.stepproof.junit.coverage;

import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.coverage.CoverageFile;
import dev.stepproof.toolkit.coverage.CoverageReport;
import dev.stepproof.toolkit.coverage.MachineCoverage;
import dev.stepproof.toolkit.coverage.WorkflowCoverage;
import dev.stepproof.toolkit.model.StateMachine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * Collects workflow coverage during a test run and writes it to {@code <dir>/coverage.json} at the end.
 *
 * <p>The Jupiter extension and the scenario engine call {@link #record} after each execution;
 * {@link CoverageFlushListener} (registered with the JUnit Platform launcher through
 * {@code META-INF/services}) calls {@link #flush()} when the test plan has run. Flushing merges into the file
 * under a lock (see {@link CoverageFile}), so parallel test classes and several Surefire forks add up.
 *
 * <pre>{@code
 * CoverageRecorder recorder = CoverageRecorder.forRun(CoverageRecorder.directory(context::getConfigurationParameter));
 * recorder.record("order", machine, execution);
 * }</pre>
 *
 * <p>Thread-safe. There is one recorder per directory per JVM: {@link #forRun} returns the same instance for
 * the same directory, so every test class of a run feeds one recorder that one listener flushes.
 *
 * @since 0.1.0
 */
public final class CoverageRecorder {

    /** Platform configuration parameter naming the coverage directory: {@value}. Default {@link #DEFAULT_DIRECTORY}. */
    public static final String DIRECTORY_PARAMETER = "stepproof.coverage.dir";

    /** Where coverage goes unless {@link #DIRECTORY_PARAMETER} says otherwise: {@value}, relative to the working directory (the module, under Maven). */
    public static final String DEFAULT_DIRECTORY = "target/stepproof";

    /** The file written in the directory: {@value}. */
    public static final String FILE_NAME = "coverage.json";

    private final Path directory;
    /** Record takes the read side (many at once: the coverages are thread-safe); flush takes the write side to swap. */
    private final ReadWriteLock swap = new ReentrantReadWriteLock();
    private Pending pending = new Pending();

    CoverageRecorder(Path directory) {
        this.directory = directory;
    }

    /**
     * @param directory the coverage directory, e.g. {@code target/stepproof}; never null
     * @return the JVM's recorder for that directory (same directory, same recorder)
     */
    public static CoverageRecorder forRun(Path directory) {
        return CoverageRecorders.forDirectory(Objects.requireNonNull(directory, "directory"));
    }

    /**
     * @param configurationParameters looks a platform configuration parameter up, e.g.
     *                                {@code ExtensionContext::getConfigurationParameter}; never null
     * @return the directory {@link #DIRECTORY_PARAMETER} names, else {@link #DEFAULT_DIRECTORY}
     */
    public static Path directory(Function<String, Optional<String>> configurationParameters) {
        return Path.of(configurationParameters.apply(DIRECTORY_PARAMETER).map(String::strip).filter(s -> !s.isEmpty())
                .orElse(DEFAULT_DIRECTORY));
    }

    /** @return the absolute, normalised coverage directory; never null */
    public Path directory() {
        return directory;
    }

    /** @return {@code <directory>/coverage.json}; never null */
    public Path coverageFile() {
        return directory.resolve(FILE_NAME);
    }

    /**
     * Adds one execution's coverage; nothing is written until {@link #flush()}.
     *
     * @param stateMachineName the name the machine is reported under (file name, logical id, …); never null
     * @param machine          the definition that ran, never null
     * @param execution        its execution, never null
     * @throws IllegalArgumentException when {@code execution} is not an execution of {@code machine}
     */
    public void record(String stateMachineName, StateMachine machine, Execution execution) {
        Objects.requireNonNull(execution, "execution");
        swap.readLock().lock();
        try {
            pending.coverage(Objects.requireNonNull(stateMachineName, "stateMachineName"), Objects.requireNonNull(machine, "machine"))
                    .record(execution);
        } finally {
            swap.readLock().unlock();
        }
    }

    /**
     * Merges what was recorded since the last flush into {@link #coverageFile()} and starts afresh. Does not
     * touch the file when nothing was recorded.
     *
     * @return what was added to the file; empty when nothing was recorded
     * @throws IOException when the file cannot be locked, read or written; the recorded coverage is then kept
     *                     for the next flush
     */
    public CoverageReport flush() throws IOException {
        Pending taken;
        swap.writeLock().lock();
        try {
            taken = pending;
            pending = new Pending();
        } finally {
            swap.writeLock().unlock();
        }
        CoverageReport report = taken.report();
        if (report.isEmpty()) {
            return report;
        }
        try {
            CoverageFile.at(coverageFile()).merge(report);
            return report;
        } catch (IOException | RuntimeException e) {
            putBack(report);
            throw e;
        }
    }

    /** Called under no lock; the unwritten hits join whatever was recorded meanwhile. */
    private void putBack(CoverageReport unwritten) {
        swap.writeLock().lock();
        try {
            pending.carried = pending.carried.merge(unwritten);
        } finally {
            swap.writeLock().unlock();
        }
    }

    @Override
    public String toString() {
        return "CoverageRecorder[" + coverageFile() + "]";
    }

    /** The coverages recorded since the last flush. */
    private static final class Pending {
        /** A machine instance is hashed once; later executions of the same instance find it by identity. */
        private final Map<MachineKey, WorkflowCoverage> byInstance = new ConcurrentHashMap<>();
        /** Different instances of the same definition (re-read per test) share one coverage. */
        private final Map<String, WorkflowCoverage> byId = new ConcurrentHashMap<>();
        /** Hits a failed flush could not write; only changed under the write lock. */
        private CoverageReport carried = CoverageReport.empty();

        WorkflowCoverage coverage(String name, StateMachine machine) {
            return byInstance.computeIfAbsent(new MachineKey(name, machine), key -> {
                WorkflowCoverage fresh = WorkflowCoverage.of(name, machine);
                return byId.computeIfAbsent(fresh.id(), id -> fresh);
            });
        }

        CoverageReport report() {
            List<MachineCoverage> snapshots = new ArrayList<>();
            byId.values().forEach(coverage -> snapshots.add(coverage.snapshot()));
            return carried.merge(CoverageReport.of(snapshots));
        }
    }

    /** Identity of a machine instance under a name; records compare by value, which would hash the whole model. */
    private record MachineKey(String name, StateMachine machine) {
        @Override
        public boolean equals(Object o) {
            return o instanceof MachineKey k && k.machine == machine && k.name.equals(name);
        }

        @Override
        public int hashCode() {
            return 31 * name.hashCode() + System.identityHashCode(machine);
        }
    }
}
