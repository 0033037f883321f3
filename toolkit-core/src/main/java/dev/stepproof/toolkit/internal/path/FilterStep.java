package dev.stepproof.toolkit.internal.path;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;

/**
 * {@code [?(condition)]}: on an array, the elements for which the condition holds; on an object, the
 * object itself when it holds (Jayway's behaviour).
 */
record FilterStep(Filter filter) implements Step {

    @Override
    public void select(JsonNode node, int next, Walker walker) {
        if (node.isArray()) {
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                JsonNode element = it.next();
                if (filter.test(element, walker.document())) {
                    walker.walk(next, element);
                }
            }
        } else if (node.isObject() && filter.test(node, walker.document())) {
            walker.walk(next, node);
        }
    }

    @Override
    public boolean isDefinite(boolean leaf) {
        return false;
    }

    @Override
    public boolean scanMatches(JsonNode node, boolean leaf) {
        return node.isObject();
    }

    @Override
    public void appendTo(StringBuilder sb) {
        sb.append("[?]");
    }
}
