package dev.stepproof.toolkit.internal.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stepproof.toolkit.internal.path.JsonPathExpr;
import dev.stepproof.toolkit.internal.path.Parsed;
import dev.stepproof.toolkit.internal.path.PathResult;
import dev.stepproof.toolkit.internal.path.RootKind;
import dev.stepproof.toolkit.model.PathField;


/**
 * A compiled {@code InputPath} or {@code OutputPath} (ASL-SEMANTICS §2.2, §2.4, §2.6): absent passes the document
 * through, JSON {@code null} gives {@code {}}, a definite path that does not resolve fails with
 * {@code States.Runtime} and AWS's text {@code Invalid path '<path>' : <Jayway reason>}, and an indefinite path
 * gives the array of its matches. Immutable and thread-safe.
 */
public final class InputOutputPath {

    private enum Kind { PASS_THROUGH, EMPTY_OBJECT, PATH, BROKEN }

    private final Kind kind;
    private final JsonPathExpr path;
    private final String text;
    private final String brokenCause;

    private InputOutputPath(Kind kind, JsonPathExpr path, String text, String brokenCause) {
        this.kind = kind;
        this.path = path;
        this.text = text;
        this.brokenCause = brokenCause;
    }

    /**
     * @param field the field from the model; null is treated as absent
     * @return the compiled field; never throws (a path that does not compile fails when applied)
     */
    public static InputOutputPath compile(PathField field) {
        if (field == null || field.isAbsent()) {
            return new InputOutputPath(Kind.PASS_THROUGH, null, "$", null);
        }
        if (field.isNull()) {
            return new InputOutputPath(Kind.EMPTY_OBJECT, null, null, null);
        }
        String text = field.path();
        Parsed<JsonPathExpr> parsed = JsonPathExpr.compile(text);
        if (parsed instanceof Parsed.Ok<JsonPathExpr> ok) {
            JsonPathExpr path = ok.value();
            // "$" selects the document itself: skip the evaluator altogether.
            boolean whole = path.root() == RootKind.INPUT && path.toString().equals("$");
            return new InputOutputPath(whole ? Kind.PASS_THROUGH : Kind.PATH, path, text, null);
        }
        return new InputOutputPath(Kind.BROKEN, null, text,
                Causes.invalidPath(text, parsed.failure().orElseThrow().toString()));
    }

    /**
     * @param document the raw input (InputPath) or the ResultPath output (OutputPath); {@code $} refers to it
     * @param ctx      for {@code $$…} and {@code $name…} paths
     * @return the selection; shared with {@code document}, so treat it as immutable
     * @throws StatesError {@code States.Runtime} when a definite path does not resolve
     */
    public JsonNode apply(JsonNode document, EvalContext ctx) {
        switch (kind) {
            case PASS_THROUGH:
                return document;
            case EMPTY_OBJECT:
                return JsonNodeFactory.instance.objectNode();
            case PATH:
                return select(document, ctx);
            default:
                throw StatesError.runtime(brokenCause);
        }
    }

    private JsonNode select(JsonNode document, EvalContext ctx) {
        PathResult result = path.root() == RootKind.INPUT ? path.evaluate(document) : path.evaluate(ctx);
        if (result instanceof PathResult.Found found) {
            return found.value();
        }
        throw StatesError.runtime(Causes.invalidPath(text, ((PathResult.Missing) result).reason()));
    }

    /** @return the path as written, {@code "$"} when absent, null when the field is JSON null */
    public String text() {
        return text;
    }
}
