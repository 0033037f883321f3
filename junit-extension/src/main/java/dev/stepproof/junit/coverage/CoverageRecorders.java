package dev.stepproof.junit.coverage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The recorders of this JVM, one per coverage directory.
 *
 * <p>This is deliberate JVM-wide state, the one exception to "no static mutable state": the extension that
 * records and the launcher listener that flushes are instantiated separately by JUnit and share nothing else,
 * and Surefire runs one test plan per JVM. It is a concurrent map keyed by absolute, normalised directory, only
 * ever added to (a handful of entries per run); flushed recorders stay registered and simply start afresh.
 */
final class CoverageRecorders {

    private static final ConcurrentMap<Path, CoverageRecorder> BY_DIRECTORY = new ConcurrentHashMap<>();

    private CoverageRecorders() {
    }

    static CoverageRecorder forDirectory(Path directory) {
        Path key = directory.toAbsolutePath().normalize();
        return BY_DIRECTORY.computeIfAbsent(key, CoverageRecorder::new);
    }

    /**
     * Flushes every recorder, each even when another fails.
     *
     * @return the failures, one per recorder that could not write; empty when all succeeded
     */
    static List<IOException> flushAll() {
        List<IOException> failures = new ArrayList<>();
        for (CoverageRecorder recorder : BY_DIRECTORY.values()) {
            try {
                recorder.flush();
            } catch (IOException e) {
                failures.add(e);
            } catch (RuntimeException e) {
                failures.add(new IOException("Could not write " + recorder.coverageFile() + ": " + e.getMessage(), e));
            }
        }
        return failures;
    }
}
