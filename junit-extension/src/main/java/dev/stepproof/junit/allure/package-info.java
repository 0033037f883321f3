/**
 * Allure reporting of executions, active only when Allure is on the test class path:
 * {@link dev.stepproof.junit.allure.StepProofAllure}.
 *
 * @since 0.1.0
 */
package dev.stepproof.junit.allure;
