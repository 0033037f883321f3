package dev.stepproof.toolkit.internal.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.path.JsonPathExpr;
import dev.stepproof.toolkit.internal.path.PathResult;

/**
 * {@code "key.$": "$…"} (or {@code $$…}, {@code $name…}). A definite path that does not resolve fails with AWS's
 * text; an indefinite one yields an array of its matches, possibly empty.
 */
final class TemplatePath implements TemplateNode {

    private final JsonPathExpr path;
    /** The key as written, with {@code .$}, for the cause text. */
    private final String field;

    TemplatePath(JsonPathExpr path, String field) {
        this.path = path;
        this.field = field;
    }

    @Override
    public JsonNode evaluate(EvalContext ctx) {
        PathResult result = path.evaluate(ctx);
        if (result instanceof PathResult.Found found) {
            return found.value();
        }
        throw StatesError.runtime(Causes.fieldNotFound(path, field, ctx));
    }
}
