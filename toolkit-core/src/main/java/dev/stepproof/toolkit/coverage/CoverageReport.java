package dev.stepproof.toolkit.coverage;

import dev.stepproof.toolkit.internal.coverage.CoverageJson;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The coverage of any number of state machines: the content of one {@code coverage.json}. Immutable; merging
 * returns a new report.
 *
 * <h2>{@code coverage.json}, version 1</h2>
 * <pre>{@code
 * {
 *   "stateMachines" : {
 *     "order@3f1c0a9b7d2e" : {
 *       "branches" : { "covered" : 1, "items" : { "Fork.Branches[0]" : 2, "Fork.Branches[1]" : 0 }, "total" : 2 },
 *       "catchers" : { "covered" : 0, "items" : { "Charge.Catch[0]" : 0 }, "total" : 1 },
 *       "choiceRules" : { "covered" : 2, "items" : { "Check[0]" : 3, "Check[default]" : 1 }, "total" : 2 },
 *       "definitionHash" : "3f1c0a9b7d2e…(64 hex digits)",
 *       "name" : "order",
 *       "retriers" : { "covered" : 1, "items" : { "Charge.Retry[0]" : 4 }, "total" : 1 },
 *       "states" : { "covered" : 2, "items" : { "Charge" : 5, "Check" : 4 }, "total" : 2 },
 *       "transitions" : { "covered" : 1, "items" : { "Charge->(end)" : 5, "Check->Charge" : 0 }, "total" : 2 }
 *     }
 *   },
 *   "version" : 1
 * }
 * }</pre>
 * <ul>
 *   <li>{@code stateMachines} is keyed by {@link MachineCoverage#id()}: the name given by the caller plus the
 *       start of the definition hash, so two different machines given the same name are kept apart.</li>
 *   <li>Each metric ({@link CoverageMetric#jsonName()}) lists every item of the universe with its hits, zero
 *       included; item keys are described on {@link CoverageMetric}. {@code total} and {@code covered} are
 *       written for readers' convenience and recomputed from {@code items} when read.</li>
 *   <li>Every object's keys are sorted and the text ends with a newline, so equal reports are equal files.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class CoverageReport {

    /** The {@code version} this StepProof writes and reads. */
    public static final int FORMAT_VERSION = 1;

    private static final CoverageReport EMPTY = new CoverageReport(new TreeMap<>());

    private final SortedMap<String, MachineCoverage> machines;

    private CoverageReport(SortedMap<String, MachineCoverage> machines) {
        this.machines = Collections.unmodifiableSortedMap(machines);
    }

    /** @return a report of no machine */
    public static CoverageReport empty() {
        return EMPTY;
    }

    /**
     * @param machines coverage of distinct machines, or of the same machine several times (merged), never null
     * @return a report of them
     */
    public static CoverageReport of(Collection<MachineCoverage> machines) {
        TreeMap<String, MachineCoverage> byId = new TreeMap<>();
        for (MachineCoverage machine : machines) {
            byId.merge(machine.id(), Objects.requireNonNull(machine, "machine"), MachineCoverage::merge);
        }
        return new CoverageReport(byId);
    }

    /**
     * Parses {@code coverage.json} text.
     *
     * @param source names the text in error messages, e.g. the file path; never null
     * @param json   the text, never null
     * @return the report
     * @throws IllegalArgumentException naming {@code source} and the JSON location when the text is not a
     *                                  version 1 coverage file
     */
    public static CoverageReport fromJson(String source, String json) {
        return of(CoverageJson.read(source, json));
    }

    /** @return the {@code coverage.json} text: sorted keys, two-space indentation, a final newline */
    public String toJson() {
        return CoverageJson.write(machines.values());
    }

    /** @return the machines, sorted by id; never null */
    public List<MachineCoverage> machines() {
        return List.copyOf(machines.values());
    }

    /**
     * @param id a {@link MachineCoverage#id()}, never null
     * @return that machine's coverage, or empty
     */
    public Optional<MachineCoverage> machine(String id) {
        return Optional.ofNullable(machines.get(id));
    }

    /** @return whether the report holds no machine */
    public boolean isEmpty() {
        return machines.isEmpty();
    }

    /**
     * @param other another report, never null
     * @return the union of both reports' machines, hits summed for machines in both
     */
    public CoverageReport merge(CoverageReport other) {
        TreeMap<String, MachineCoverage> union = new TreeMap<>(machines);
        other.machines.forEach((id, machine) -> union.merge(id, machine, MachineCoverage::merge));
        return new CoverageReport(union);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CoverageReport that && machines.equals(that.machines);
    }

    @Override
    public int hashCode() {
        return machines.hashCode();
    }

    @Override
    public String toString() {
        return "CoverageReport" + machines.keySet();
    }
}
