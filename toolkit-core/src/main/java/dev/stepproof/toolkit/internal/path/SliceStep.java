package dev.stepproof.toolkit.internal.path;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code [from:to]}, {@code [from:]} or {@code [:to]}; {@code to} is exclusive. The bound arithmetic is
 * Jayway's, including its treatment of negative bounds (only {@code [-n:]} and {@code [:-n]} count
 * from the end).
 *
 * @param from null when omitted
 * @param to   null when omitted
 */
record SliceStep(Integer from, Integer to) implements Step {

    @Override
    public void select(JsonNode node, int next, Walker walker) {
        if (!node.isArray() || node.size() == 0) {
            return;
        }
        int size = node.size();
        int start;
        int end;
        if (to == null) {
            start = from < 0 ? Math.max(0, size + from) : from;
            end = size;
        } else if (from == null) {
            start = 0;
            end = Math.min(size, to < 0 ? size + to : to);
        } else {
            start = from;
            end = Math.min(size, to);
        }
        for (int i = start; i < end; i++) {
            int effective = IndexStep.resolve(i, size);
            if (effective >= 0) {
                walker.walk(next, node.get(effective));
            }
        }
    }

    @Override
    public boolean isDefinite(boolean leaf) {
        return false;
    }

    @Override
    public boolean scanMatches(JsonNode node, boolean leaf) {
        return node.isArray();
    }

    @Override
    public void appendTo(StringBuilder sb) {
        sb.append('[');
        if (from != null) {
            sb.append(from);
        }
        sb.append(':');
        if (to != null) {
            sb.append(to);
        }
        sb.append(']');
    }
}
