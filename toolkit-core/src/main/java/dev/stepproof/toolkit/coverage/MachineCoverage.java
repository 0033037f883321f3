package dev.stepproof.toolkit.coverage;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The coverage of one state machine, all metrics, as stored in {@code coverage.json}. Immutable; produced by
 * {@link WorkflowCoverage#snapshot()} or read back with {@link CoverageReport#fromJson(String, String)}.
 *
 * @param id             stable identity: the caller's name plus the first 12 hex digits of {@code definitionHash},
 *                       as {@code name@0123456789ab}; never null
 * @param name           the name the caller gave the machine, never null
 * @param definitionHash SHA-256 (64 lowercase hex digits) of the definition's canonical JSON; never null
 * @param metrics        one entry per {@link CoverageMetric}; missing metrics are filled with
 *                       {@link MetricCoverage#EMPTY}
 * @since 0.1.0
 */
public record MachineCoverage(String id, String name, String definitionHash, Map<CoverageMetric, MetricCoverage> metrics) {

    public MachineCoverage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definitionHash, "definitionHash");
        EnumMap<CoverageMetric, MetricCoverage> all = new EnumMap<>(CoverageMetric.class);
        for (CoverageMetric metric : CoverageMetric.values()) {
            all.put(metric, Objects.requireNonNullElse(metrics.get(metric), MetricCoverage.EMPTY));
        }
        metrics = Collections.unmodifiableMap(all);
    }

    /**
     * @param name           the machine's name as the caller knows it, never null
     * @param definitionHash see {@link #definitionHash()}, never null
     * @return the id a machine of that name and hash has: {@code name@} plus the first 12 hex digits
     */
    public static String idOf(String name, String definitionHash) {
        return name + "@" + definitionHash.substring(0, Math.min(12, definitionHash.length()));
    }

    /** @return the coverage of {@code metric}; never null */
    public MetricCoverage metric(CoverageMetric metric) {
        return metrics.get(metric);
    }

    /** @return the covered ratio of {@code metric}, see {@link MetricCoverage#ratio()} */
    public double ratio(CoverageMetric metric) {
        return metric(metric).ratio();
    }

    /**
     * @param other coverage of the same machine (same id and hash) from other runs, never null
     * @return the hits summed item by item
     * @throws IllegalArgumentException when {@code other} is another machine
     */
    public MachineCoverage merge(MachineCoverage other) {
        if (!id.equals(other.id) || !definitionHash.equals(other.definitionHash)) {
            throw new IllegalArgumentException("Cannot merge coverage of state machine [" + other.id + "] (definition "
                    + other.definitionHash + ") into [" + id + "] (definition " + definitionHash + ")");
        }
        EnumMap<CoverageMetric, MetricCoverage> sum = new EnumMap<>(CoverageMetric.class);
        for (CoverageMetric metric : CoverageMetric.values()) {
            sum.put(metric, metric(metric).merge(other.metric(metric)));
        }
        return new MachineCoverage(id, name, definitionHash, sum);
    }
}
