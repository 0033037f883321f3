package dev.stepproof.toolkit.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.dataflow.EvalContext;

/** A call: its arguments are evaluated left to right, then handed to the function. */
final class CallExpr implements Expr {

    private final Implementation function;
    private final Expr[] arguments;
    private final CallSite site;

    CallExpr(Implementation function, Expr[] arguments, CallSite site) {
        this.function = function;
        this.arguments = arguments;
        this.site = site;
    }

    @Override
    public JsonNode eval(EvalContext ctx) {
        JsonNode[] values = new JsonNode[arguments.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = arguments[i].eval(ctx);
        }
        return function.apply(values, site, ctx);
    }
}
