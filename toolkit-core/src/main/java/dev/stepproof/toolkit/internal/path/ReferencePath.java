package dev.stepproof.toolkit.internal.path;

/**
 * Reference Paths: JSONPaths limited to names and single indexes (no {@code @ , : ? *} and no
 * {@code ..}), so that they identify exactly one node. Required by ResultPath, ItemsPath,
 * {@code *SecondsPath}, TimestampPath, ErrorPath, CausePath and similar fields.
 */
public final class ReferencePath {

    private ReferencePath() {
    }

    /**
     * @param text a path starting with {@code $}, {@code $$} or {@code $name}
     * @return the compiled path, or why it is not a Reference Path; never throws
     */
    public static Parsed<JsonPathExpr> compile(String text) {
        Parsed<JsonPathExpr> parsed = JsonPathExpr.compile(text);
        if (parsed instanceof Parsed.Ok<JsonPathExpr> ok && !ok.value().isReferencePath()) {
            return Parsed.error("A reference path may only use names and single indexes such as $.a.b[0], "
                    + "not wildcards, slices, unions, filters, '..' or functions", firstOperator(text));
        }
        return parsed;
    }

    /**
     * For ResultPath-like fields, which write into the state's own data: a Reference Path that
     * starts with {@code $}, not with {@code $$} or a variable.
     */
    public static Parsed<JsonPathExpr> compileInputRooted(String text) {
        Parsed<JsonPathExpr> parsed = compile(text);
        if (parsed instanceof Parsed.Ok<JsonPathExpr> ok && ok.value().root() != RootKind.INPUT) {
            return Parsed.error(ok.value().root() == RootKind.CONTEXT
                    ? "This reference path cannot start with '$$'; the context object is read-only"
                    : "This reference path cannot be a variable; it must start with '$'", 0);
        }
        return parsed;
    }

    /** @return where the first character that a Reference Path forbids sits, outside quoted names */
    private static int firstOperator(String text) {
        char quote = 0;
        for (int i = 1; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quote != 0) {
                quote = ch == quote ? 0 : quote;
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
            } else if ("@,:?*(".indexOf(ch) >= 0) {
                return i;
            } else if (ch == '.' && text.charAt(i - 1) == '.') {
                return i - 1;
            }
        }
        return 0;
    }
}
