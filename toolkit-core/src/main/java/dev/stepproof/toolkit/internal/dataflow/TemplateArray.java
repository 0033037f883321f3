package dev.stepproof.toolkit.internal.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** An array holding objects with {@code .$} keys: a new array per evaluation. */
final class TemplateArray implements TemplateNode {

    private final TemplateNode[] items;

    TemplateArray(TemplateNode[] items) {
        this.items = items;
    }

    @Override
    public JsonNode evaluate(EvalContext ctx) {
        ArrayNode out = new ArrayNode(JsonNodeFactory.instance, items.length);
        for (TemplateNode item : items) {
            out.add(item.evaluate(ctx));
        }
        return out;
    }
}
