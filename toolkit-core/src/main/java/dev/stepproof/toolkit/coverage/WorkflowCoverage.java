package dev.stepproof.toolkit.coverage;

import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.internal.coverage.CoverageUniverse;
import dev.stepproof.toolkit.internal.coverage.DefinitionHash;
import dev.stepproof.toolkit.internal.coverage.ExecutionTally;
import dev.stepproof.toolkit.model.StateMachine;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Accumulates the coverage of one state machine over any number of executions: which states, transitions,
 * Choice rules, retriers, catchers and branches (see {@link CoverageMetric}) they reached, out of all those the
 * definition has.
 *
 * <pre>{@code
 * WorkflowCoverage coverage = WorkflowCoverage.of("order", machine);
 * coverage.record(interpreter.execute(options));
 * double ratio = coverage.snapshot().ratio(CoverageMetric.TRANSITIONS); // e.g. 0.75
 * }</pre>
 *
 * <p>Thread-safe: {@link #record} and {@link #snapshot} may be called from any threads at once. Each execution is
 * added atomically, so a snapshot never holds half an execution.
 *
 * @since 0.1.0
 */
public final class WorkflowCoverage {

    private final String name;
    private final String definitionHash;
    private final CoverageUniverse universe;
    /** Guarded by {@code this}; keys fixed at construction (the universe), values are hit counts. */
    private final EnumMap<CoverageMetric, TreeMap<String, Long>> hits = new EnumMap<>(CoverageMetric.class);

    private WorkflowCoverage(String name, String definitionHash, CoverageUniverse universe) {
        this.name = name;
        this.definitionHash = definitionHash;
        this.universe = universe;
        for (CoverageMetric metric : CoverageMetric.values()) {
            TreeMap<String, Long> zeros = new TreeMap<>();
            universe.items(metric).forEach(key -> zeros.put(key, 0L));
            hits.put(metric, zeros);
        }
    }

    /**
     * Computes the universe of {@code machine}; nothing is covered yet.
     *
     * @param name    the machine's name as the caller knows it (file name, CloudFormation logical id, …); never null
     * @param machine the definition, never null
     * @return an empty coverage whose {@link #id()} is {@code name@} plus the start of the definition hash
     */
    public static WorkflowCoverage of(String name, StateMachine machine) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(machine, "machine");
        return new WorkflowCoverage(name, DefinitionHash.of(machine), CoverageUniverse.of(machine));
    }

    /** @return {@code name@} plus the first 12 hex digits of {@link #definitionHash()}; never null */
    public String id() {
        return MachineCoverage.idOf(name, definitionHash);
    }

    /** @return the name given to {@link #of}; never null */
    public String name() {
        return name;
    }

    /** @return SHA-256 of the definition's canonical JSON (sorted keys, no whitespace), 64 hex digits */
    public String definitionHash() {
        return definitionHash;
    }

    /**
     * Adds what {@code execution} reached. State hits come from the history; with history recording off, from
     * the states' exits, which misses the state an execution failed in.
     *
     * @param execution an execution of this machine, never null
     * @return this
     * @throws IllegalArgumentException when the execution reached something this machine does not have (an
     *                                  execution of another machine); nothing is added then
     */
    public WorkflowCoverage record(Execution execution) {
        Map<CoverageMetric, Map<String, Long>> tally = ExecutionTally.of(Objects.requireNonNull(execution, "execution"), universe);
        tally.forEach((metric, items) -> items.keySet().forEach(key -> requireKnown(metric, key)));
        synchronized (this) {
            tally.forEach((metric, items) -> items.forEach((key, count) -> hits.get(metric).merge(key, count, Math::addExact)));
        }
        return this;
    }

    private void requireKnown(CoverageMetric metric, String key) {
        if (!universe.items(metric).contains(key)) {
            throw new IllegalArgumentException("Execution reached " + metric.jsonName() + " item [" + key
                    + "], which state machine [" + id() + "] does not have: was it an execution of another machine?");
        }
    }

    /** @return the hits so far, as an immutable value; never null */
    public synchronized MachineCoverage snapshot() {
        EnumMap<CoverageMetric, MetricCoverage> metrics = new EnumMap<>(CoverageMetric.class);
        hits.forEach((metric, items) -> metrics.put(metric, new MetricCoverage(items)));
        return new MachineCoverage(id(), name, definitionHash, metrics);
    }

    @Override
    public String toString() {
        return "WorkflowCoverage[" + id() + "]";
    }
}
