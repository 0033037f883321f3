package dev.stepproof.toolkit.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.dataflow.EvalContext;

/**
 * One compiled node of an intrinsic expression: a literal, a path argument or a call. Built once per
 * definition by {@link IntrinsicEvaluator#compile}; evaluation only walks these objects.
 */
interface Expr {

    /** @return the value, never null; may be shared with the input or with the definition: do not mutate */
    JsonNode eval(EvalContext ctx);
}
