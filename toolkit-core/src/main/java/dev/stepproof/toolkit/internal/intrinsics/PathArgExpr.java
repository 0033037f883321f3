package dev.stepproof.toolkit.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.dataflow.EvalContext;
import dev.stepproof.toolkit.internal.path.JsonPathExpr;
import dev.stepproof.toolkit.internal.path.PathResult;

/** A path argument ({@code $…}, {@code $$…} or {@code $name…}), resolved against the evaluation context. */
final class PathArgExpr implements Expr {

    private final JsonPathExpr path;
    private final CallSite site;

    PathArgExpr(JsonPathExpr path, CallSite site) {
        this.path = path;
        this.site = site;
    }

    @Override
    public JsonNode eval(EvalContext ctx) {
        PathResult result = path.evaluate(ctx);
        if (result instanceof PathResult.Found found) {
            return found.value();
        }
        throw site.argumentNotFound(path, ctx);
    }
}
