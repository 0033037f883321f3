package dev.stepproof.toolkit.internal.path;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles a filter condition (Jayway's grammar): {@code ||} over {@code &&} over {@code !}, groups in
 * parentheses, and relations {@code operand [operator operand]}; an operand alone must be a path and
 * tests its presence.
 */
final class FilterParser {

    /** Immutable and thread-safe; Jayway's JSON literals may use single quotes. */
    private static final ObjectReader JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build()
            .reader();

    private final Cursor c;
    private int depth;

    FilterParser(Cursor cursor, int depth) {
        this.c = cursor;
        this.depth = depth;
    }

    Filter parseCondition() {
        if (++depth > Cursor.MAX_DEPTH) {
            throw c.fail("The filter nests too deeply");
        }
        Filter left = parseAnd();
        while (skipThen("||")) {
            left = new Filter.Or(left, parseAnd());
        }
        depth--;
        return left;
    }

    private Filter parseAnd() {
        Filter left = parseUnary();
        while (skipThen("&&")) {
            left = new Filter.And(left, parseUnary());
        }
        return left;
    }

    private boolean skipThen(String symbol) {
        c.skipBlanks();
        if (c.startsWith(symbol)) {
            c.pos += symbol.length();
            return true;
        }
        return false;
    }

    private Filter parseUnary() {
        c.skipBlanks();
        if (c.peekIs('!') && c.peek(1) != '=') {
            c.pos++;
            if (++depth > Cursor.MAX_DEPTH) {
                throw c.fail("The filter nests too deeply");
            }
            Filter negated = new Filter.Not(parseUnary());
            depth--;
            return negated;
        }
        if (c.peekIs('(')) {
            int open = c.pos++;
            Filter group = parseCondition();
            c.skipBlanks();
            if (!c.peekIs(')')) {
                throw c.atEnd() ? c.fail("Unclosed '(' in the filter", open) : c.fail("Expected ')', found " + c.current());
            }
            c.pos++;
            return group;
        }
        return parseRelation();
    }

    private Filter parseRelation() {
        int start = c.pos;
        Operand left = parseOperand();
        c.skipBlanks();
        FilterOperator operator = readOperator();
        if (operator == null) {
            if (left instanceof Operand.PathValue path) {
                return new Filter.Exists(path);
            }
            throw c.fail("A condition without a comparison must be a path such as @.x", start);
        }
        c.skipBlanks();
        int rightStart = c.pos;
        Operand right = parseOperand();
        if (left instanceof Operand.Regex) {
            throw c.fail("A regular expression can only appear on the right of '=~'", start);
        }
        if ((operator == FilterOperator.REGEX) != (right instanceof Operand.Regex)) {
            throw c.fail(operator == FilterOperator.REGEX
                    ? "'=~' must be followed by a regular expression such as /abc/i"
                    : "A regular expression can only appear on the right of '=~'", rightStart);
        }
        return new Filter.Compare(left, operator, right);
    }

    /** @return the operator at the cursor, or null when the relation ends here (an existence test) */
    private FilterOperator readOperator() {
        if (c.atEnd() || ")]&|".indexOf(c.peek()) >= 0) {
            return null;
        }
        int at = c.pos;
        for (String symbol : new String[] {"===", "!=="}) {
            if (c.startsWith(symbol)) {
                throw c.fail("'" + symbol + "' is not supported; use '" + symbol.substring(0, 2) + "'");
            }
        }
        for (FilterOperator op : FilterOperator.values()) {
            if (!Character.isLetter(op.symbol().charAt(0)) && op.symbol().length() == 2 && c.startsWith(op.symbol())) {
                c.pos += 2;
                return op;
            }
        }
        if (c.peekIs('<') || c.peekIs('>')) {
            return c.text.charAt(c.pos++) == '<' ? FilterOperator.LT : FilterOperator.GT;
        }
        if (c.peekIs('=')) {
            throw c.fail("Use '==' to compare values, not '='");
        }
        while (Character.isLetter(c.peek())) {
            c.pos++;
        }
        String word = c.text.substring(at, c.pos);
        FilterOperator op = word.isEmpty() ? null : FilterOperator.forWord(word);
        if (op == null) {
            throw c.fail(word.isEmpty() ? "Expected a comparison operator such as '==', found " + c.current()
                    : "Unknown filter operator '" + word + "'", at);
        }
        return op;
    }

    private Operand parseOperand() {
        c.skipBlanks();
        char ch = c.peek();
        if (c.atEnd()) {
            throw c.fail("Expected a value or a path in the filter, found end of path");
        }
        if (ch == '@' || ch == '$') {
            return new Operand.PathValue(new PathParser(c, true, depth + 1).parse());
        }
        if (ch == '\'' || ch == '"') {
            return new Operand.Literal(TextNode.valueOf(readString(ch)), false);
        }
        if (ch == '/') {
            return readRegex();
        }
        if (ch == '[' || ch == '{') {
            return new Operand.Literal(readJson(), false);
        }
        if (ch == '-' || Character.isDigit(ch)) {
            return new Operand.Literal(readNumber(), false);
        }
        if (Character.isLetter(ch) || ch == '_') {
            return readWord();
        }
        throw c.fail("Expected a value or a path in the filter, found '" + ch + "'");
    }

    private String readString(char quote) {
        int start = c.pos++;
        StringBuilder sb = new StringBuilder();
        while (!c.peekIs(quote)) {
            if (c.atEnd()) {
                throw c.fail("Unterminated string literal in the filter", start);
            }
            char ch = c.text.charAt(c.pos++);
            if (ch == '\\' && !c.atEnd()) {
                sb.append(unescape(c.text.charAt(c.pos++)));
            } else {
                sb.append(ch);
            }
        }
        c.pos++;
        return sb.toString();
    }

    private static char unescape(char ch) {
        switch (ch) {
            case 'n': return '\n';
            case 't': return '\t';
            case 'r': return '\r';
            case 'b': return '\b';
            case 'f': return '\f';
            default: return ch;
        }
    }

    private Operand readRegex() {
        int start = c.pos++;
        boolean escaped = false;
        while (escaped || !c.peekIs('/')) {
            if (c.atEnd()) {
                throw c.fail("Unterminated regular expression", start);
            }
            escaped = !escaped && c.peekIs('\\');
            c.pos++;
        }
        String source = c.text.substring(start + 1, c.pos++);
        int flags = 0;
        while (Character.isLetter(c.peek())) {
            flags |= flag(c.text.charAt(c.pos++));
        }
        try {
            return new Operand.Regex(Pattern.compile(source, flags), c.text.substring(start, c.pos));
        } catch (IllegalArgumentException e) {
            String why = e instanceof PatternSyntaxException p ? p.getDescription() : e.getMessage();
            throw c.fail("Invalid regular expression /" + source + "/: " + why, start);
        }
    }

    private int flag(char f) {
        switch (f) {
            case 'i': return Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            case 'm': return Pattern.MULTILINE;
            case 's': return Pattern.DOTALL;
            case 'x': return Pattern.COMMENTS;
            case 'u': return Pattern.UNICODE_CASE;
            case 'd': return Pattern.UNIX_LINES;
            default: throw c.fail("Unknown regular expression flag '" + f + "'", c.pos - 1);
        }
    }

    private JsonNode readJson() {
        int start = c.pos;
        int nesting = 0;
        char quote = 0;
        do {
            if (c.atEnd()) {
                throw c.fail("Unclosed JSON literal in the filter", start);
            }
            char ch = c.text.charAt(c.pos++);
            if (quote != 0) {
                if (ch == '\\') {
                    c.pos++;
                } else if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
            } else if (ch == '[' || ch == '{') {
                nesting++;
            } else if (ch == ']' || ch == '}') {
                nesting--;
            }
        } while (nesting > 0);
        try {
            return JSON.readTree(c.text.substring(start, Math.min(c.pos, c.text.length())));
        } catch (JacksonException e) {
            throw c.fail("Invalid JSON literal in the filter: " + e.getOriginalMessage(), start);
        }
    }

    private JsonNode readNumber() {
        int start = c.pos;
        while (!c.atEnd() && "0123456789-+.eE".indexOf(c.peek()) >= 0) {
            c.pos++;
        }
        String text = c.text.substring(start, c.pos);
        try {
            return DecimalNode.valueOf(new BigDecimal(text));
        } catch (NumberFormatException e) {
            throw c.fail("Invalid number '" + text + "' in the filter", start);
        }
    }

    private Operand readWord() {
        int start = c.pos;
        while (Character.isLetterOrDigit(c.peek()) || c.peekIs('_') || c.peekIs('-')) {
            c.pos++;
        }
        String word = c.text.substring(start, c.pos);
        switch (word) {
            case "true": return new Operand.Literal(BooleanNode.TRUE, false);
            case "false": return new Operand.Literal(BooleanNode.FALSE, false);
            case "null": return new Operand.Literal(NullNode.instance, false);
            default: return new Operand.Literal(TextNode.valueOf(word), true);
        }
    }
}
