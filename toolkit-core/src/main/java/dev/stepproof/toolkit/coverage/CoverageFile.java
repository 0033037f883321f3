package dev.stepproof.toolkit.coverage;

import dev.stepproof.toolkit.internal.coverage.FileLockGuard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Objects;

/**
 * One {@code coverage.json} on disk (format on {@link CoverageReport}) that many writers add to: test classes
 * running in parallel in one JVM and Surefire forks running in several JVMs.
 *
 * <p>{@link #merge} is safe under any such concurrency: it holds an exclusive lock on the sibling file
 * {@code coverage.json.lock} while it reads the current file, adds the new hits and writes the result to a
 * temporary file that is then renamed over the old one. Readers that take no lock (a report, a coverage check)
 * therefore see either the old file or the new one, never half a file. The lock file is left in place.
 *
 * <pre>{@code
 * CoverageFile.at(Path.of("target/stepproof/coverage.json")).merge(CoverageReport.of(List.of(coverage.snapshot())));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CoverageFile {

    /** How long {@link #merge} waits for another writer by default: 60 seconds. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);

    private final Path path;
    private final Duration lockTimeout;

    private CoverageFile(Path path, Duration lockTimeout) {
        this.path = path;
        this.lockTimeout = lockTimeout;
    }

    /**
     * @param path the coverage file, e.g. {@code target/stepproof/coverage.json}; need not exist; never null
     * @return the file, with {@link #DEFAULT_LOCK_TIMEOUT}
     */
    public static CoverageFile at(Path path) {
        return new CoverageFile(Objects.requireNonNull(path, "path").toAbsolutePath().normalize(), DEFAULT_LOCK_TIMEOUT);
    }

    /** @return a copy that waits at most {@code timeout} for the lock; never null */
    public CoverageFile withLockTimeout(Duration timeout) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("Lock timeout must not be negative, but was " + timeout);
        }
        return new CoverageFile(path, timeout);
    }

    /** @return the absolute path of the coverage file; never null */
    public Path path() {
        return path;
    }

    /** @return the sibling lock file, {@code <name>.lock}; never null */
    public Path lockPath() {
        return path.resolveSibling(path.getFileName() + ".lock");
    }

    /**
     * Reads the file as it is now, without locking (the atomic rename makes that safe).
     *
     * @return the report; empty when the file does not exist
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException when it is not a version 1 coverage file
     */
    public CoverageReport read() throws IOException {
        try {
            return CoverageReport.fromJson(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
        } catch (NoSuchFileException absent) {
            return CoverageReport.empty();
        }
    }

    /**
     * Adds {@code report} to the file: machines are united, hits of the same machine summed. Creates the file
     * and its directories when needed.
     *
     * @param report the hits to add, never null
     * @return what the file holds afterwards
     * @throws IOException              when the lock is not obtained within the timeout, or on I/O failure
     * @throws IllegalArgumentException when the existing file is not a version 1 coverage file
     */
    public CoverageReport merge(CoverageReport report) throws IOException {
        Objects.requireNonNull(report, "report");
        Files.createDirectories(path.getParent());
        try (FileLockGuard ignored = FileLockGuard.acquire(lockPath(), lockTimeout)) {
            CoverageReport merged = read().merge(report);
            write(merged);
            return merged;
        }
    }

    private void write(CoverageReport report) throws IOException {
        Path temp = Files.createTempFile(path.getParent(), path.getFileName() + ".", ".tmp");
        try {
            Files.writeString(temp, report.toJson(), StandardCharsets.UTF_8);
            try {
                Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Same directory, so this only happens on exotic file systems; the lock still excludes other writers.
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public String toString() {
        return "CoverageFile[" + path + "]";
    }
}
