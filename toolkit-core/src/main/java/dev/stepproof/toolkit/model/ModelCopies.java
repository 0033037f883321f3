package dev.stepproof.toolkit.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Defensive copies used by the records' compact constructors. */
final class ModelCopies {

    private ModelCopies() {
    }

    /** Deep copy, so the model never shares mutable nodes with the parsed document or the caller. */
    static JsonNode json(JsonNode node) {
        return node == null ? null : node.deepCopy();
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Unmodifiable copy that keeps insertion order (Map.copyOf would lose it). */
    static <V> Map<String, V> orderedMap(Map<String, V> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        LinkedHashMap<String, V> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value")));
        return Collections.unmodifiableMap(copy);
    }
}
