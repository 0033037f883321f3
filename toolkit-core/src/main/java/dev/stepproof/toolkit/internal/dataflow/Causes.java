package dev.stepproof.toolkit.internal.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.path.JsonPathExpr;
import dev.stepproof.toolkit.internal.path.PathRoots;
import dev.stepproof.toolkit.internal.path.RootKind;

/**
 * The cause texts of data-flow failures, one factory per kind. Where AWS recorded a text (ASL-SEMANTICS §2.6
 * and Appendix A) it is copied exactly; none carries the {@code An error occurred while executing the state …}
 * prefix, which the interpreter adds for {@link StatesError#prefixed() prefixed} errors.
 *
 * <p>JSON is serialised here only, and only once a failure is certain: the hot path never pays for it.
 */
public final class Causes {

    private Causes() {
    }

    /**
     * AWS-recorded: {@code The JSONPath '$.x' specified for the field 'x.$' could not be found in the input '{}'}.
     *
     * <p>"The input" is the document the path was evaluated against: the state's (or template's) input for
     * {@code $…}, the context object for {@code $$…} and the variable's value for {@code $name…}. For an
     * undefined variable there is no such document, and AWS's text for that case is not recorded; the cause
     * then says so instead of quoting something the path never saw.
     *
     * @param field the field as written, e.g. {@code x.$}, {@code ErrorPath}
     */
    public static String fieldNotFound(JsonPathExpr path, String field, PathRoots roots) {
        String start = "The JSONPath '" + path.text() + "' specified for the field '" + field + "' could not be found";
        JsonNode document = document(path, roots);
        return document == null ? start + ": " + undefinedVariable(path) : start + " in the input '" + document + "'";
    }

    /** AWS-recorded for InputPath, OutputPath, TimeoutSecondsPath, …: {@code Invalid path '$.a' : No results for path: $['a']}. */
    public static String invalidPath(String path, String reason) {
        return "Invalid path '" + path + "' : " + reason;
    }

    /** AWS-recorded for a Wait state's SecondsPath that does not resolve. */
    public static String secondsPathNotFound(String path) {
        return "The SecondsPath parameter does not reference an input value: " + path;
    }

    /**
     * How Step Functions Local words an unresolvable path argument of an intrinsic (ASL-SEMANTICS §5.1, quoted
     * by LocalStack issue 9706); the quoted input follows {@link #fieldNotFound}'s rule.
     */
    public static String intrinsicArgumentNotFound(String call, JsonPathExpr path, PathRoots roots) {
        JsonNode document = document(path, roots);
        return intrinsicFailure(call, "The JsonPath argument for the field '" + path.text() + "' could not be found"
                + (document == null ? ": " + undefinedVariable(path) : " in the input '" + document + "'"));
    }

    /** {@code The function '<call>' had the following error: <detail>}, the shape Step Functions Local uses. */
    public static String intrinsicFailure(String call, String detail) {
        return "The function '" + call + "' had the following error: " + detail;
    }

    /**
     * ResultPath into something that is not an object or array. The wording follows a real AWS cause quoted in
     * aws-cdk issue 29473 ({@code Unable to apply ReferencePath $.partitioned to input "…"}); not in the corpus.
     */
    public static String resultPathMismatch(String path, JsonNode input) {
        return "Unable to apply ReferencePath " + path + " to input " + input;
    }

    /**
     * A {@code .$} value, path field or intrinsic call that does not compile. The validator rejects such
     * definitions; this text only reaches users who run unvalidated ones.
     *
     * @param field   the field as written, e.g. {@code x.$}, {@code InputPath}
     * @param value   the value as it should be shown, e.g. {@code '$.a['} or {@code 42}
     * @param problem what is wrong with it
     */
    public static String notCompiled(String field, String value, String problem) {
        return "The value " + value + " of the field '" + field + "' cannot be evaluated: " + problem;
    }

    /** @return the document {@code path} is evaluated against, or null for a variable that is not defined */
    static JsonNode document(JsonPathExpr path, PathRoots roots) {
        RootKind root = path.root();
        if (root == RootKind.CONTEXT) {
            return roots.context();
        }
        if (root == RootKind.VARIABLE) {
            return roots.variable(path.variableName());
        }
        return roots.input();
    }

    private static String undefinedVariable(JsonPathExpr path) {
        return "no variable named '" + path.variableName() + "' is in scope";
    }
}
