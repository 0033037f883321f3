package dev.stepproof.maven;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The coverage of one state machine (one definition) as {@code coverage.json} records it.
 *
 * @param id       the key under {@code stateMachines} ({@code name@definitionHash})
 * @param name     the state machine's name, which rules match
 * @param counters one entry per {@link CoverageCounter}
 */
record MachineCoverage(String id, String name, Map<CoverageCounter, Counter> counters) {

    MachineCoverage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        counters = Map.copyOf(new EnumMap<>(counters));
    }

    /**
     * One counter of one machine.
     *
     * @param total     how many items the definition has
     * @param covered   how many of them were hit at least once
     * @param uncovered the items never hit, in file order (empty when the file lists no items)
     */
    record Counter(long total, long covered, List<String> uncovered) {
        Counter {
            uncovered = List.copyOf(uncovered);
        }

        /** @return covered / total; NaN when there is nothing to cover, which no limit can fail (as in JaCoCo) */
        double ratio() {
            return total == 0 ? Double.NaN : (double) covered / total;
        }
    }

    Counter counter(CoverageCounter counter) {
        return counters.get(counter);
    }
}
