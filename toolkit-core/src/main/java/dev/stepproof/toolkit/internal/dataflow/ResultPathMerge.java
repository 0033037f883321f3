package dev.stepproof.toolkit.internal.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.path.JsonPathExpr;
import dev.stepproof.toolkit.internal.path.Parsed;
import dev.stepproof.toolkit.internal.path.ReferencePath;
import dev.stepproof.toolkit.internal.path.SetResult;
import dev.stepproof.toolkit.model.PathField;

/**
 * A compiled {@code ResultPath} (ASL-SEMANTICS §2.2, §2.5), also for catchers: absent or {@code "$"} gives the
 * result, JSON {@code null} keeps the raw input, and any other Reference Path writes the result into the raw input
 * (not the InputPath output), creating missing intermediate objects and overwriting an existing value.
 *
 * <p>The raw input is never modified. Only the objects and arrays along the path are copied (shallowly); the rest
 * of the output is shared with the raw input and the result, so treat it as immutable.
 *
 * <p>When the raw input does not fit the path (a field of something that is not an object, an index of something
 * that is not an array or is too short, a missing array: arrays are never created), the error is
 * {@code States.ResultPathMatchFailure}, as the spec names it, and catchable like a task error: no AWS recording
 * exists in the corpus (§2.5 marks AWS's behaviour unverified). Its cause follows the one AWS text seen in the
 * wild ({@link Causes#resultPathMismatch}) and is not prefixed with the state.
 */
public final class ResultPathMerge {

    private enum Kind { RESULT, RAW_INPUT, PATH, BROKEN }

    private final Kind kind;
    private final JsonPathExpr path;
    /** Null when the path's steps could not be derived; a deep copy is used then. */
    private final Spine spine;
    private final String text;
    private final String brokenCause;

    private ResultPathMerge(Kind kind, JsonPathExpr path, String text, String brokenCause) {
        this.kind = kind;
        this.path = path;
        this.spine = path == null ? null : Spine.of(path);
        this.text = text;
        this.brokenCause = brokenCause;
    }

    /**
     * @param field the field from the model (state or catcher); null is treated as absent
     * @return the compiled field; never throws (a path that does not compile fails when applied)
     */
    public static ResultPathMerge compile(PathField field) {
        if (field == null || field.isAbsent()) {
            return new ResultPathMerge(Kind.RESULT, null, "$", null);
        }
        if (field.isNull()) {
            return new ResultPathMerge(Kind.RAW_INPUT, null, null, null);
        }
        String text = field.path();
        Parsed<JsonPathExpr> parsed = ReferencePath.compileInputRooted(text);
        if (parsed instanceof Parsed.Ok<JsonPathExpr> ok) {
            boolean whole = ok.value().toString().equals("$");
            return new ResultPathMerge(whole ? Kind.RESULT : Kind.PATH, whole ? null : ok.value(), text, null);
        }
        return new ResultPathMerge(Kind.BROKEN, null, text,
                Causes.notCompiled("ResultPath", "'" + text + "'", parsed.failure().orElseThrow().toString()));
    }

    /**
     * @param rawInput the state's raw input, never modified
     * @param result   the effective result (after ResultSelector), or a catcher's error output
     * @return the merged output, sharing nodes with both arguments
     * @throws StatesError {@code States.ResultPathMatchFailure} when {@code rawInput} does not fit the path
     */
    public JsonNode apply(JsonNode rawInput, JsonNode result) {
        switch (kind) {
            case RESULT:
                return result;
            case RAW_INPUT:
                return rawInput;
            case PATH:
                return merge(rawInput, result);
            default:
                throw StatesError.runtime(brokenCause);
        }
    }

    private JsonNode merge(JsonNode rawInput, JsonNode result) {
        if (spine != null) {
            JsonNode merged = spine.set(rawInput, result);
            if (merged != null) {
                return merged;
            }
        } else {
            SetResult set = path.set(rawInput.deepCopy(), result);
            if (set instanceof SetResult.Done done) {
                return done.root();
            }
        }
        throw StatesError.plain(StatesError.RESULT_PATH_MATCH_FAILURE, Causes.resultPathMismatch(text, rawInput));
    }

    /** @return whether the result is dropped ({@code "ResultPath": null}: the output is the raw input) */
    public boolean discardsResult() {
        return kind == Kind.RAW_INPUT;
    }

    /** @return the path as written, {@code "$"} when absent, null when the field is JSON null */
    public String text() {
        return text;
    }
}
