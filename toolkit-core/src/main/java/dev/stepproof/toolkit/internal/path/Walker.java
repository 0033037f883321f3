package dev.stepproof.toolkit.internal.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * One evaluation of an indefinite path: drives the steps depth-first and gathers what the last step
 * selects. Created per evaluation, so compiled paths stay immutable and shareable.
 */
final class Walker {

    private final Step[] steps;
    private final JsonNode document;
    private final ArrayNode matches = JsonNodeFactory.instance.arrayNode();

    Walker(Step[] steps, JsonNode document) {
        this.steps = steps;
        this.document = document;
    }

    ArrayNode run(JsonNode start) {
        walk(0, start);
        return matches;
    }

    void walk(int index, JsonNode node) {
        if (index == steps.length) {
            matches.add(node);
        } else {
            steps[index].select(node, index + 1, this);
        }
    }

    Step step(int index) {
        return steps[index];
    }

    boolean isEnd(int index) {
        return index == steps.length;
    }

    /** @return the document {@code $} refers to inside filters */
    JsonNode document() {
        return document;
    }
}
