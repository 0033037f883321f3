package dev.stepproof.junit.coverage;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the coverage every {@link CoverageRecorder} of this JVM collected when a test plan has finished.
 * Registered through {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}, so the
 * launcher (Surefire, Gradle, IDEs) loads it without configuration.
 *
 * <p>A failure to write is logged as a warning naming the file rather than thrown: a test run's results must
 * not be lost to a coverage file, and a later coverage check reports the missing data anyway.
 *
 * @since 0.1.0
 */
public final class CoverageFlushListener implements TestExecutionListener {

    private static final Logger LOG = Logger.getLogger(CoverageFlushListener.class.getName());

    /** For the ServiceLoader. */
    public CoverageFlushListener() {
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        for (IOException failure : CoverageRecorders.flushAll()) {
            LOG.log(Level.WARNING, "StepProof could not write workflow coverage: " + failure.getMessage(), failure);
        }
    }
}
