package dev.stepproof.toolkit.internal.path;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;

/**
 * {@code ..}: applies the following step at the current node and at every object and array below it,
 * in document order (a node before its descendants), as Jayway's scan does.
 */
record ScanStep() implements Step {

    @Override
    public void select(JsonNode node, int next, Walker walker) {
        Step target = walker.step(next);
        boolean leaf = walker.isEnd(next + 1);
        scan(node, target, leaf, next, walker);
    }

    private static void scan(JsonNode node, Step target, boolean leaf, int next, Walker walker) {
        if (target.scanMatches(node, leaf)) {
            walker.walk(next, node);
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            JsonNode child = it.next();
            if (child.isContainerNode()) {
                scan(child, target, leaf, next, walker);
            }
        }
    }

    @Override
    public boolean isDefinite(boolean leaf) {
        return false;
    }

    @Override
    public boolean scanMatches(JsonNode node, boolean leaf) {
        return false;
    }

    @Override
    public void appendTo(StringBuilder sb) {
        sb.append("..");
    }
}
