/**
 * Workflow coverage for JUnit runs: {@link dev.stepproof.junit.coverage.CoverageRecorder} collects executions
 * during the run and {@link dev.stepproof.junit.coverage.CoverageFlushListener} merges them into
 * {@code target/stepproof/coverage.json} (platform parameter {@code stepproof.coverage.dir}) when the test plan
 * has finished. The file format is documented on {@link dev.stepproof.toolkit.coverage.CoverageReport}.
 *
 * @since 0.1.0
 */
package dev.stepproof.junit.coverage;
