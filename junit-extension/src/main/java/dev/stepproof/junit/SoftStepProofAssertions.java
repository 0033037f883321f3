package dev.stepproof.junit;

import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.audit.AuditReport;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;
import org.assertj.core.api.StandardSoftAssertionsProvider;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Soft assertions: every failed StepProof (or standard AssertJ) assertion is collected, and
 * {@link #assertAll()} reports them all at once. Navigated asserts ({@code task("X").call(1)}) are soft too.
 * <pre>{@code
 * SoftStepProofAssertions.assertSoftly(softly -> {
 *     softly.assertThat(execution).succeeded();
 *     softly.assertThat(execution).task("Charge").calledTimes(1);
 *     softly.assertThat(execution.output().path("id").asText()).startsWith("c-");
 * });
 * }</pre>
 * Works with AssertJ's {@code SoftAssertionsExtension} and {@code @InjectSoftAssertions}. An instance
 * collects for one test; do not share it between threads.
 *
 * @since 0.1.0
 */
public class SoftStepProofAssertions extends AbstractSoftAssertions implements StandardSoftAssertionsProvider {

    /** Creates an empty collector; call {@link #assertAll()} at the end. */
    public SoftStepProofAssertions() {
        super();
    }

    /**
     * Runs {@code softly} and then {@link #assertAll()}.
     *
     * @param softly the assertions to run; never null
     * @throws AssertionError listing every failed assertion, if any failed
     * @since 0.1.0
     */
    public static void assertSoftly(Consumer<SoftStepProofAssertions> softly) {
        Objects.requireNonNull(softly, "softly must not be null");
        SoftAssertionsProvider.assertSoftly(SoftStepProofAssertions.class, softly);
    }

    /**
     * @param actual the execution under test; may be null (every assertion then fails)
     * @return soft assertions on {@code actual}
     * @since 0.1.0
     */
    public ExecutionAssert assertThat(Execution actual) {
        return proxy(ExecutionAssert.class, Execution.class, actual).navigatingWith(Navigator.soft(this));
    }

    /**
     * @param actual the audit report under test; may be null (every assertion then fails)
     * @return soft assertions on {@code actual}'s active findings; navigated ones ({@code hasFinding("X").onState("S")}) too
     * @since 0.1.0
     */
    public AuditReportAssert assertThat(AuditReport actual) {
        return proxy(AuditReportAssert.class, AuditReport.class, actual).navigatingWith(Navigator.soft(this));
    }
}
