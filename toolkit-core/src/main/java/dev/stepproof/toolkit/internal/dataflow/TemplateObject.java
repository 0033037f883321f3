package dev.stepproof.toolkit.internal.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** An object with at least one {@code .$} key somewhere below it: a new object per evaluation, in template order. */
final class TemplateObject implements TemplateNode {

    /** Output keys, {@code .$} already stripped. */
    private final String[] keys;
    private final TemplateNode[] values;

    TemplateObject(String[] keys, TemplateNode[] values) {
        this.keys = keys;
        this.values = values;
    }

    @Override
    public JsonNode evaluate(EvalContext ctx) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < keys.length; i++) {
            out.set(keys[i], values[i].evaluate(ctx));
        }
        return out;
    }
}
