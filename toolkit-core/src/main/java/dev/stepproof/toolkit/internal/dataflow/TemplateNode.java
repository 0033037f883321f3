package dev.stepproof.toolkit.internal.dataflow;

import com.fasterxml.jackson.databind.JsonNode;

/** One compiled piece of a payload template. */
interface TemplateNode {

    /** @return the value, never null; possibly shared with the template or the input, so never mutate it */
    JsonNode evaluate(EvalContext ctx);

    /** @return whether this node always yields the same (shared) value */
    default boolean isLiteral() {
        return false;
    }
}
