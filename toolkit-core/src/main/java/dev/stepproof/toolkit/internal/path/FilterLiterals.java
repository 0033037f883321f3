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
 * Reads the constants of filter conditions: quoted strings, {@code /regex/flags} (compiled here, once),
 * JSON array and object literals, numbers, {@code true}/{@code false}/{@code null} and bare words.
 */
final class FilterLiterals {

    /** Immutable and thread-safe; Jayway's JSON literals may use single quotes. */
    private static final ObjectReader JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build()
            .reader();

    private final Cursor c;

    FilterLiterals(Cursor cursor) {
        this.c = cursor;
    }

    String readString(char quote) {
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

    Operand readRegex() {
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

    JsonNode readJson() {
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

    JsonNode readNumber() {
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

    Operand readWord() {
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
