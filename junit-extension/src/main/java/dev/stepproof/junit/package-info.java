/**
 * StepProof for JUnit Jupiter and AssertJ: {@link dev.stepproof.junit.StepFunctionsTest @StepFunctionsTest} and
 * {@link dev.stepproof.junit.StepProofExtension} inject a per-test {@link dev.stepproof.junit.StepFunctionsHarness}
 * that runs state machines in process and prints a failed test's executions;
 * {@link dev.stepproof.junit.StepProofAssertions} and {@link dev.stepproof.junit.SoftStepProofAssertions} assert
 * on the resulting {@link dev.stepproof.toolkit.Execution}s.
 *
 * <p>Unless a method says otherwise, parameters must not be null and results are never null. Nothing here keeps
 * static mutable state; tests using it may run in parallel.
 *
 * @since 0.1.0
 */
package dev.stepproof.junit;
