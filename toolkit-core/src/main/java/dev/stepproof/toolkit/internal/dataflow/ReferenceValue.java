package dev.stepproof.toolkit.internal.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.intrinsics.IntrinsicEvaluator;
import dev.stepproof.toolkit.internal.intrinsics.Intrinsics;
import dev.stepproof.toolkit.internal.intrinsics.PayloadExpression;
import dev.stepproof.toolkit.internal.intrinsics.PayloadExpressions;
import dev.stepproof.toolkit.internal.path.JsonPathExpr;
import dev.stepproof.toolkit.internal.path.Parsed;
import dev.stepproof.toolkit.internal.path.PathResult;

import java.util.Objects;

/**
 * A compiled path-valued field that reads one value: {@code SecondsPath}, {@code TimestampPath},
 * {@code TimeoutSecondsPath}, {@code HeartbeatSecondsPath}, {@code ItemsPath}, {@code MaxConcurrencyPath},
 * Fail's {@code ErrorPath}/{@code CausePath} (which may also be intrinsic calls), and the like. Interpreting the
 * value (a number, a timestamp, …) is the caller's business; this only finds it, or fails the way AWS does for that
 * field when the path does not resolve (all {@code States.Runtime}, texts recorded against AWS):
 *
 * <ul>
 *   <li>{@code ErrorPath}, {@code CausePath}: {@code The JSONPath '<path>' specified for the field 'ErrorPath'
 *       could not be found in the input '<json>'};</li>
 *   <li>{@code SecondsPath}: {@code The SecondsPath parameter does not reference an input value: <path>};</li>
 *   <li>every other field (recorded for TimeoutSecondsPath, HeartbeatSecondsPath, InputPath, OutputPath):
 *       {@code Invalid path '<path>' : <Jayway reason>}.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe; the value found is shared with the document it came from.
 */
public final class ReferenceValue {

    private enum Style { FIELD_NOT_FOUND, SECONDS_PATH, INVALID_PATH }

    private final String field;
    private final String text;
    private final Style style;
    private final JsonPathExpr path;
    private final IntrinsicEvaluator call;
    private final String brokenCause;

    private ReferenceValue(String field, String text, JsonPathExpr path, IntrinsicEvaluator call, String brokenCause) {
        this.field = field;
        this.text = text;
        this.style = style(field);
        this.path = path;
        this.call = call;
        this.brokenCause = brokenCause;
    }

    /**
     * @param text  the field's value: a path ({@code $…}, {@code $$…}, {@code $name…}) or an intrinsic call
     * @param field the field's name, e.g. {@code TimeoutSecondsPath}; it chooses the cause text
     * @return the compiled field; never throws (a value that does not compile fails when resolved)
     */
    public static ReferenceValue compile(String text, String field) {
        Objects.requireNonNull(field, "field");
        if (Intrinsics.looksLikeCall(text)) {
            Parsed<PayloadExpression> parsed = PayloadExpressions.compile(text);
            if (parsed instanceof Parsed.Ok<PayloadExpression> ok && ok.value() instanceof PayloadExpression.Call c) {
                return new ReferenceValue(field, text, null, IntrinsicEvaluator.compile(c.call()), null);
            }
            return broken(text, field, parsed.failure().map(Object::toString).orElse("not an intrinsic call"));
        }
        Parsed<JsonPathExpr> parsed = JsonPathExpr.compile(text);
        if (parsed instanceof Parsed.Ok<JsonPathExpr> ok) {
            return new ReferenceValue(field, text, ok.value(), null, null);
        }
        return broken(text, field, parsed.failure().orElseThrow().toString());
    }

    private static ReferenceValue broken(String text, String field, String problem) {
        return new ReferenceValue(field, text, null, null, Causes.notCompiled(field, "'" + text + "'", problem));
    }

    private static Style style(String field) {
        switch (field) {
            case "ErrorPath":
            case "CausePath":
                return Style.FIELD_NOT_FOUND;
            case "SecondsPath":
                return Style.SECONDS_PATH;
            default:
                return Style.INVALID_PATH;
        }
    }

    /**
     * @param ctx {@code $} is the state's effective input
     * @return the value, shared with the document it was found in; an array for an indefinite path
     * @throws StatesError {@code States.Runtime} when the path does not resolve
     */
    public JsonNode resolve(EvalContext ctx) {
        if (call != null) {
            return call.evaluate(ctx);
        }
        if (path == null) {
            throw StatesError.runtime(brokenCause);
        }
        PathResult result = path.evaluate(ctx);
        if (result instanceof PathResult.Found found) {
            return found.value();
        }
        throw StatesError.runtime(cause(((PathResult.Missing) result).reason(), ctx));
    }

    private String cause(String reason, EvalContext ctx) {
        switch (style) {
            case FIELD_NOT_FOUND:
                return Causes.fieldNotFound(path, field, ctx);
            case SECONDS_PATH:
                return Causes.secondsPathNotFound(text);
            default:
                return Causes.invalidPath(text, reason);
        }
    }

    /** @return the value as written */
    public String text() {
        return text;
    }
}
