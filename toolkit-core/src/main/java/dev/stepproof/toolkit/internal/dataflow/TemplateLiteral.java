package dev.stepproof.toolkit.internal.dataflow;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A subtree without {@code .$} keys: its value is the subtree itself, handed out again and again without a
 * copy. This is the structural sharing the package documentation asks callers to respect.
 */
final class TemplateLiteral implements TemplateNode {

    private final JsonNode value;

    TemplateLiteral(JsonNode value) {
        this.value = value;
    }

    @Override
    public JsonNode evaluate(EvalContext ctx) {
        return value;
    }

    @Override
    public boolean isLiteral() {
        return true;
    }
}
