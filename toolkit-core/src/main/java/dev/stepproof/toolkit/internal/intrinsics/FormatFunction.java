package dev.stepproof.toolkit.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepproof.toolkit.internal.dataflow.EvalContext;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code States.Format(template, values…)}: each {@code {}} is replaced by the next value, rendered by
 * {@link JavaStyle}. The spec requires as many values as placeholders; a mismatch fails at run time.
 *
 * <p>A literal template is split into its fixed pieces once, at compile time, with the escapes resolved:
 * <code>\{</code> and <code>\}</code> are literal braces (so <code>\{}</code> is no placeholder),
 * <code>\'</code> a quote and <code>\\</code> a backslash. A template that comes from a path has no escape
 * syntax (escapes belong to the quoted-literal syntax of the definition), so only {@code {}} is special there.
 */
final class FormatFunction implements Implementation {

    /** The pieces of the literal template, or null when the template is computed at run time. */
    private final String[] pieces;

    private FormatFunction(String[] pieces) {
        this.pieces = pieces;
    }

    static FormatFunction compile(IntrinsicArg template) {
        return new FormatFunction(template instanceof IntrinsicArg.Str s ? literalPieces(s.raw()) : null);
    }

    @Override
    public JsonNode apply(JsonNode[] args, CallSite site, EvalContext ctx) {
        String[] parts = pieces != null ? pieces : runtimePieces(Args.string(args, 0, site));
        int placeholders = parts.length - 1;
        int values = args.length - 1;
        if (placeholders != values) {
            throw site.fail("The template has " + placeholders + " '{}' placeholder" + (placeholders == 1 ? "" : "s")
                    + ", but " + values + (values == 1 ? " value was" : " values were") + " given");
        }
        StringBuilder out = new StringBuilder(64);
        out.append(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            JavaStyle.render(args[i], out);
            out.append(parts[i]);
        }
        return TextNode.valueOf(out.toString());
    }

    /** @param raw the template between its quotes, escapes intact */
    static String[] literalPieces(String raw) {
        List<String> parts = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (ch == '\\' && i + 1 < raw.length()) {
                piece.append(raw.charAt(++i));
            } else if (ch == '{' && i + 1 < raw.length() && raw.charAt(i + 1) == '}') {
                parts.add(piece.toString());
                piece.setLength(0);
                i++;
            } else {
                piece.append(ch);
            }
        }
        parts.add(piece.toString());
        return parts.toArray(new String[0]);
    }

    private static String[] runtimePieces(String template) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int at = template.indexOf("{}"); at >= 0; at = template.indexOf("{}", start)) {
            parts.add(template.substring(start, at));
            start = at + 2;
        }
        parts.add(template.substring(start));
        return parts.toArray(new String[0]);
    }
}
