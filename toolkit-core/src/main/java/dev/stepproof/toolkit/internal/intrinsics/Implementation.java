package dev.stepproof.toolkit.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.dataflow.EvalContext;

/** The run-time behaviour of one intrinsic function, given its evaluated arguments. */
@FunctionalInterface
interface Implementation {

    /**
     * @param args the evaluated arguments, in order; their count was checked at compile time
     * @param site the call, for failure messages
     * @return the result, never null
     * @throws dev.stepproof.toolkit.internal.dataflow.StatesError when the arguments do not suit the function
     */
    JsonNode apply(JsonNode[] args, CallSite site, EvalContext ctx);
}
