package dev.stepproof.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Registers {@link StepProofExtension}, which injects a {@link StepFunctionsHarness} into test and
 * {@code @BeforeEach} methods and prints the executions of a failed test.
 *
 * <pre>{@code
 * @StepFunctionsTest(definition = "statemachines/payment.asl.json", seed = 7)
 * class PaymentTest {
 *     @Test
 *     void charges_the_card(StepFunctionsHarness sfn) { ... }
 * }
 * }</pre>
 *
 * On a method it overrides the class's annotation for that test (the nearest annotation wins as a whole).
 * For settings an annotation cannot hold (a Task invoker, limits), register the extension programmatically
 * with {@link StepProofExtension#newInstance()} instead; do not combine the two on one test.
 *
 * @since 0.1.0
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(StepProofExtension.class)
public @interface StepFunctionsTest {

    /**
     * @return the classpath resource holding the definition, e.g. {@code statemachines/payment.asl.json};
     *         empty (the default) to set it in the test with {@link StepFunctionsHarness#withDefinition}
     * @since 0.1.0
     */
    String definition() default "";

    /**
     * @return the random seed of every execution (jitter, {@code States.UUID}, {@code States.MathRandom});
     *         default 0
     * @since 0.1.0
     */
    long seed() default 0L;

    /**
     * @return the virtual start time as an ISO-8601 instant, e.g. {@code 2026-03-01T09:00:00Z}; empty (the
     *         default) for StepProof's default start, 2026-01-01T00:00:00Z
     * @since 0.1.0
     */
    String startTime() default "";

    /**
     * @return what to do when a value answered by a mocked secret-returning call (Secrets Manager, decrypted SSM
     *         parameters, STS credentials, KMS plaintext, …) shows up in a later history event; default
     *         {@link SecretsInHistory#FAIL}
     * @since 0.1.0
     */
    SecretsInHistory secretsInHistory() default SecretsInHistory.FAIL;
}
