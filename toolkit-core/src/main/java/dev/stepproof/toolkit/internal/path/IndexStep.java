package dev.stepproof.toolkit.internal.path;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Arrays;

/** {@code [n]} (negative counts from the end) or a union of indexes {@code [0,2]}. */
record IndexStep(int[] indexes) implements Step {

    IndexStep {
        indexes = indexes.clone();
    }

    boolean isSingle() {
        return indexes.length == 1;
    }

    int index() {
        return indexes[0];
    }

    /** @return the position {@code index} designates in an array of {@code size}, or -1 when outside it */
    static int resolve(int index, int size) {
        int effective = index < 0 ? size + index : index;
        return effective >= 0 && effective < size ? effective : -1;
    }

    @Override
    public void select(JsonNode node, int next, Walker walker) {
        if (!node.isArray()) {
            return;
        }
        for (int index : indexes) {
            int effective = resolve(index, node.size());
            if (effective >= 0) {
                walker.walk(next, node.get(effective));
            }
        }
    }

    @Override
    public boolean isDefinite(boolean leaf) {
        return isSingle();
    }

    @Override
    public boolean scanMatches(JsonNode node, boolean leaf) {
        return node.isArray();
    }

    @Override
    public void appendTo(StringBuilder sb) {
        sb.append('[');
        for (int i = 0; i < indexes.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(indexes[i]);
        }
        sb.append(']');
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndexStep other && Arrays.equals(indexes, other.indexes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(indexes);
    }

    @Override
    public String toString() {
        return "IndexStep" + Arrays.toString(indexes);
    }
}
