package dev.stepproof.junit;

import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.audit.AuditReport;

/**
 * Entry point for StepProof's AssertJ assertions.
 * <pre>{@code
 * import static dev.stepproof.junit.StepProofAssertions.assertThat;
 *
 * assertThat(harness.run("{\"amount\": 5}"))
 *         .succeeded()
 *         .followedPath("Charge", "Done")
 *         .hasOutputContaining("{\"charged\": true}");
 * }</pre>
 * For several checks reported together, use {@link SoftStepProofAssertions}.
 *
 * @since 0.1.0
 */
public final class StepProofAssertions {

    private StepProofAssertions() {
    }

    /**
     * @param actual the execution under test; may be null (every assertion then fails)
     * @return assertions on {@code actual}
     * @since 0.1.0
     */
    public static ExecutionAssert assertThat(Execution actual) {
        return new ExecutionAssert(actual);
    }

    /**
     * BDD alias of {@link #assertThat(Execution)}, for tests written {@code // GIVEN // WHEN // THEN}.
     *
     * @param actual the execution under test; may be null (every assertion then fails)
     * @return assertions on {@code actual}
     * @since 0.1.0
     */
    public static ExecutionAssert then(Execution actual) {
        return new ExecutionAssert(actual);
    }

    /**
     * @param actual the audit report under test; may be null (every assertion then fails)
     * @return assertions on {@code actual}'s active findings
     * @since 0.1.0
     */
    public static AuditReportAssert assertThat(AuditReport actual) {
        return new AuditReportAssert(actual);
    }

    /**
     * BDD alias of {@link #assertThat(AuditReport)}.
     *
     * @param actual the audit report under test; may be null (every assertion then fails)
     * @return assertions on {@code actual}'s active findings
     * @since 0.1.0
     */
    public static AuditReportAssert then(AuditReport actual) {
        return new AuditReportAssert(actual);
    }
}
