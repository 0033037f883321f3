package dev.stepproof.toolkit.coverage;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The coverage of one metric of one state machine: a hit count for every item of the universe, zero for the
 * items no execution reached. Immutable.
 *
 * @param items hits per item key, sorted by key; never null, no null keys or values, no negative counts
 * @since 0.1.0
 */
public record MetricCoverage(SortedMap<String, Long> items) {

    /** No items: a metric the machine has nothing of (e.g. choice rules of a machine without Choice states). */
    public static final MetricCoverage EMPTY = new MetricCoverage(new TreeMap<>());

    public MetricCoverage {
        TreeMap<String, Long> copy = new TreeMap<>();
        for (Map.Entry<String, Long> item : Objects.requireNonNull(items, "items").entrySet()) {
            long hits = Objects.requireNonNull(item.getValue(), "hits");
            if (hits < 0) {
                throw new IllegalArgumentException("Item [" + item.getKey() + "] has " + hits + " hits; hits must not be negative");
            }
            copy.put(Objects.requireNonNull(item.getKey(), "key"), hits);
        }
        items = Collections.unmodifiableSortedMap(copy);
    }

    /** @return how many items the universe has */
    public int total() {
        return items.size();
    }

    /** @return how many items were hit at least once */
    public int covered() {
        return (int) items.values().stream().filter(hits -> hits > 0).count();
    }

    /** @return how many items were never hit */
    public int missed() {
        return total() - covered();
    }

    /**
     * @return {@code covered / total} between 0.0 and 1.0; 1.0 when the universe is empty (nothing to miss),
     *         so a metric a machine does not use never fails a minimum ratio
     */
    public double ratio() {
        return items.isEmpty() ? 1.0 : (double) covered() / total();
    }

    /**
     * @param key an item key, never null
     * @return the item's hits; 0 when the item is not in the universe
     */
    public long hits(String key) {
        return items.getOrDefault(key, 0L);
    }

    /** @return the keys of the items never hit, sorted; never null */
    public java.util.List<String> missedItems() {
        return items.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
    }

    /**
     * @param other the same metric from other runs, never null
     * @return hits summed per item over the union of both universes
     */
    public MetricCoverage merge(MetricCoverage other) {
        TreeMap<String, Long> sum = new TreeMap<>(items);
        other.items.forEach((key, hits) -> sum.merge(key, hits, Math::addExact));
        return new MetricCoverage(sum);
    }
}
