/**
 * Workflow coverage: how much of a state machine's definition executions reached, per
 * {@link dev.stepproof.toolkit.coverage.CoverageMetric} (states, transitions, Choice rules, retriers, catchers,
 * branches), like JaCoCo's counters for code.
 *
 * <ul>
 *   <li>{@link dev.stepproof.toolkit.coverage.WorkflowCoverage} accumulates executions of one machine
 *       (thread-safe).</li>
 *   <li>{@link dev.stepproof.toolkit.coverage.MachineCoverage} and
 *       {@link dev.stepproof.toolkit.coverage.MetricCoverage} are its immutable snapshots;
 *       {@link dev.stepproof.toolkit.coverage.CoverageReport} holds many machines and is the content of
 *       {@code coverage.json} (format documented there).</li>
 *   <li>{@link dev.stepproof.toolkit.coverage.CoverageFile} merges reports into one file safely across threads
 *       and processes; {@link dev.stepproof.toolkit.coverage.CoverageDiagram} draws a machine with what was
 *       covered.</li>
 * </ul>
 *
 * @since 0.1.0
 */
package dev.stepproof.toolkit.coverage;
