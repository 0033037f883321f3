package dev.stepproof.toolkit.internal.intrinsics;

import dev.stepproof.toolkit.internal.path.JsonPathExpr;
import dev.stepproof.toolkit.internal.path.Parsed;
import dev.stepproof.toolkit.internal.path.SyntaxError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses {@code States.Name(arg, …)} into an {@link IntrinsicCall}. Arguments are {@code 'strings'}
 * (escapes <code>\'</code> <code>\{</code> <code>\}</code> <code>\\</code> only), numbers, {@code true}, {@code false},
 * {@code null}, paths and nested calls. Types and arities are {@link IntrinsicChecker}'s job.
 */
final class IntrinsicParser {

    /** AWS documents "up to 10" nested intrinsic functions in one field. */
    static final int MAX_NESTING = 10;
    private static final String PREFIX = "States.";

    private final String text;
    private int pos;

    private IntrinsicParser(String text) {
        this.text = text;
    }

    static Parsed<IntrinsicCall> parse(String text) {
        if (text == null) {
            return Parsed.error("The intrinsic function call is missing", 0);
        }
        IntrinsicParser parser = new IntrinsicParser(text);
        try {
            IntrinsicCall call = parser.parseCall(1);
            if (parser.pos < text.length()) {
                throw parser.fail("Unexpected text after the end of the intrinsic function call");
            }
            return Parsed.ok(call);
        } catch (IntrinsicSyntaxException e) {
            return Parsed.error(e.error());
        }
    }

    private IntrinsicCall parseCall(int depth) {
        int start = pos;
        if (!text.startsWith(PREFIX, pos)) {
            throw fail("An intrinsic function call must start with 'States.'");
        }
        pos += PREFIX.length();
        while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
            pos++;
        }
        String name = text.substring(start, pos);
        IntrinsicFunction function = resolve(name, start);
        if (depth > MAX_NESTING) {
            throw fail("Intrinsic functions can be nested at most " + MAX_NESTING + " levels deep", start);
        }
        if (!peekIs('(')) {
            throw fail("Expected '(' after '" + name + "', found " + current());
        }
        int open = pos++;
        List<IntrinsicArg> arguments = new ArrayList<>();
        skipBlanks();
        if (peekIs(')')) {
            pos++;
            return new IntrinsicCall(function, arguments, text.substring(start, pos), start);
        }
        while (true) {
            arguments.add(parseArgument(depth));
            skipBlanks();
            if (peekIs(',')) {
                pos++;
                skipBlanks();
            } else if (peekIs(')')) {
                pos++;
                return new IntrinsicCall(function, arguments, text.substring(start, pos), start);
            } else {
                throw pos >= text.length() ? fail("Unclosed '(' of " + name, open)
                        : fail("Expected ',' or ')' after an argument of " + name + ", found " + current());
            }
        }
    }

    private IntrinsicFunction resolve(String name, int start) {
        if (name.length() == PREFIX.length()) {
            throw fail("Expected a function name after 'States.'");
        }
        IntrinsicFunction function = IntrinsicFunction.forName(name);
        if (function == null) {
            IntrinsicFunction nearMiss = IntrinsicFunction.nearMiss(name);
            throw fail("Unknown intrinsic function '" + name + "'"
                    + (nearMiss == null ? "" : "; did you mean '" + nearMiss.functionName() + "'? Names are case-sensitive"), start);
        }
        return function;
    }

    private IntrinsicArg parseArgument(int depth) {
        int start = pos;
        char ch = peek();
        if (ch == '\'') {
            return parseString();
        }
        if (ch == '$') {
            return parsePath();
        }
        if (ch == '-' || Character.isDigit(ch)) {
            return parseNumber();
        }
        if (text.startsWith(PREFIX, pos)) {
            return parseCall(depth + 1);
        }
        while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
            pos++;
        }
        String word = text.substring(start, pos);
        switch (word) {
            case "true": return new IntrinsicArg.Bool(true, start);
            case "false": return new IntrinsicArg.Bool(false, start);
            case "null": return new IntrinsicArg.Null(start);
            default:
                throw fail("Expected an argument ('string', number, true, false, null, path or States.X(…)), found "
                        + (word.isEmpty() ? current() : "'" + word + "'"), start);
        }
    }

    private IntrinsicArg parseString() {
        int start = pos++;
        StringBuilder value = new StringBuilder();
        while (!peekIs('\'')) {
            if (pos >= text.length()) {
                throw fail("Unterminated string literal", start);
            }
            char ch = text.charAt(pos++);
            if (ch == '\\') {
                char escaped = peek();
                if ("'{}\\".indexOf(escaped) < 0 || pos >= text.length()) {
                    throw fail("Invalid escape '\\" + (pos >= text.length() ? "" : escaped)
                            + "' in a string literal; only \\', \\{, \\} and \\\\ are allowed", pos - 1);
                }
                pos++;
                value.append(escaped);
            } else {
                value.append(ch);
            }
        }
        String raw = text.substring(start + 1, pos++);
        return new IntrinsicArg.Str(value.toString(), raw, start);
    }

    private IntrinsicArg parseNumber() {
        int start = pos;
        while (pos < text.length() && "0123456789-+.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String literal = text.substring(start, pos);
        if (!isNumber(literal)) {
            throw fail("Invalid number '" + literal + "'", start);
        }
        try {
            return new IntrinsicArg.Num(new BigDecimal(literal), start);
        } catch (NumberFormatException exponentOutOfRange) {
            throw fail("Number '" + literal + "' is out of range", start);
        }
    }

    /** JSON's number grammar: {@code -?digits(.digits)?([eE][+-]?digits)?}. */
    static boolean isNumber(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        int digits = skipDigits(s, i);
        if (digits == i) {
            return false;
        }
        i = digits;
        if (i < s.length() && s.charAt(i) == '.') {
            digits = skipDigits(s, i + 1);
            if (digits == i + 1) {
                return false;
            }
            i = digits;
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            digits = skipDigits(s, i);
            if (digits == i) {
                return false;
            }
            i = digits;
        }
        return i == s.length();
    }

    private static int skipDigits(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
            i++;
        }
        return i;
    }

    /**
     * A path runs to the first ',' or ')' or blank outside brackets and parentheses, so that filters
     * such as {@code [?(@.a == 1)]} and unions such as {@code [0,1]} stay inside it.
     */
    private IntrinsicArg parsePath() {
        int start = pos;
        int brackets = 0;
        int parens = 0;
        char quote = 0;
        for (; pos < text.length(); pos++) {
            char ch = text.charAt(pos);
            if (quote != 0) {
                if (ch == '\\') {
                    pos++;
                } else if (ch == quote) {
                    quote = 0;
                }
            } else if (brackets > 0 && (ch == '\'' || ch == '"')) {
                quote = ch;
            } else if (ch == '[') {
                brackets++;
            } else if (ch == ']') {
                brackets--;
            } else if (ch == '(') {
                parens++;
            } else if (ch == ')' && parens > 0) {
                parens--;
            } else if (brackets <= 0 && parens == 0 && (ch == ',' || ch == ')' || Character.isWhitespace(ch))) {
                break;
            }
        }
        pos = Math.min(pos, text.length());
        Parsed<JsonPathExpr> path = JsonPathExpr.compile(text.substring(start, pos));
        if (path instanceof Parsed.Err<JsonPathExpr> err) {
            throw new IntrinsicSyntaxException(err.error().shift(start));
        }
        return new IntrinsicArg.Path(path.orElseThrow(), start);
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    private boolean peekIs(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void skipBlanks() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private String current() {
        return pos >= text.length() ? "the end" : "'" + text.charAt(pos) + "'";
    }

    private IntrinsicSyntaxException fail(String message) {
        return fail(message, pos);
    }

    private IntrinsicSyntaxException fail(String message, int at) {
        return new IntrinsicSyntaxException(new SyntaxError(message, at));
    }
}
