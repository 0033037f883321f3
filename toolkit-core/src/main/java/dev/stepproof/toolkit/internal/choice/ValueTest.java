package dev.stepproof.toolkit.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.dataflow.EvalContext;

/** What one operator tests about the value the {@code Variable} resolved to. */
interface ValueTest {

    /**
     * @param value the resolved Variable, never null ({@code NullNode} for JSON null)
     * @param ctx   for {@code …Path} operands, which resolve against the same roots
     */
    boolean test(JsonNode value, EvalContext ctx);
}
