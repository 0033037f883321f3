package dev.stepproof.toolkit.internal.path;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;

/** {@code [*]} or {@code .*}: every member value of an object, every element of an array. */
record WildcardStep() implements Step {

    @Override
    public void select(JsonNode node, int next, Walker walker) {
        if (node.isContainerNode()) {
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                walker.walk(next, it.next());
            }
        }
    }

    @Override
    public boolean isDefinite(boolean leaf) {
        return false;
    }

    @Override
    public boolean scanMatches(JsonNode node, boolean leaf) {
        return node.isContainerNode();
    }

    @Override
    public void appendTo(StringBuilder sb) {
        sb.append("[*]");
    }
}
