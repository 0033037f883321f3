package dev.stepproof.toolkit.internal.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** {@code .name}, {@code ['name']} or a union of names {@code ['a','b']}. */
record PropertyStep(List<String> names) implements Step {

    PropertyStep {
        names = List.copyOf(names);
    }

    String name() {
        return names.get(0);
    }

    boolean isSingle() {
        return names.size() == 1;
    }

    @Override
    public void select(JsonNode node, int next, Walker walker) {
        if (!node.isObject()) {
            return;
        }
        if (isSingle()) {
            JsonNode child = node.get(name());
            if (child != null) {
                walker.walk(next, child);
            }
        } else if (walker.isEnd(next)) {
            walker.walk(next, merge(node));
        } else {
            for (String name : names) {
                JsonNode child = node.get(name);
                if (child != null) {
                    walker.walk(next, child);
                }
            }
        }
    }

    /** Jayway answers a union of names at the end of a path with one object holding the names present. */
    ObjectNode merge(JsonNode node) {
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        for (String name : names) {
            JsonNode child = node.get(name);
            if (child != null) {
                merged.set(name, child);
            }
        }
        return merged;
    }

    @Override
    public boolean isDefinite(boolean leaf) {
        return isSingle() || leaf;
    }

    @Override
    public boolean scanMatches(JsonNode node, boolean leaf) {
        if (!node.isObject()) {
            return false;
        }
        if (!isSingle() && !leaf) {
            return true;
        }
        for (String name : names) {
            if (!node.has(name)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void appendTo(StringBuilder sb) {
        sb.append('[');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        sb.append(']');
    }
}
