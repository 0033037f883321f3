package dev.stepproof.toolkit.internal.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import dev.stepproof.toolkit.internal.path.Parsed;

import java.util.Optional;

/**
 * Recognises and compiles JSONata templates: strings written {@code "{% expression %}"}.
 *
 * <p>The surround rules are fitted to the verdicts of the conformance corpus, which come from
 * asl-validator: a string that starts with <code>{%</code> or ends with <code>%}</code> is meant as a template and
 * must have both; a space must follow <code>{%</code> and precede <code>%}</code> (<code>"{%10%}"</code> is rejected;
 * extra spaces are fine); and no line break may come right after <code>"{% "</code> or right before
 * <code>" %}"</code> (<code>"{% \n10   %}"</code> is rejected). asl-validator rejects every line break, but
 * expressions spanning lines are ordinary JSONata, so only the corpus's pattern is rejected. Any other
 * string is a literal.
 */
public final class JsonataTemplates {

    private static final String OPEN = "{%";
    /** The cheapest expression to parse; see {@link #parse(String)}. */
    private static final String THROWAWAY = "0";
    private static final String CLOSE = "%}";
    private static final String SPACING = "A JSONata template needs a space after '{%' and before '%}': "
            + "'{% expression %}'";
    private static final String LINE_BREAK = "A JSONata template must not have a line break right after '{% ' or "
            + "right before ' %}': '{% expression %}'";

    private JsonataTemplates() {
    }

    /** @return whether {@code value} is meant as a template: it starts with <code>{%</code> or ends with <code>%}</code> */
    public static boolean looksLikeTemplate(String value) {
        return value != null && (value.startsWith(OPEN) || value.endsWith(CLOSE));
    }

    /**
     * @param value a JSON string value from a JSONata state
     * @return the compiled template, or why it is not a valid one (including when it is no template at
     *         all); never throws
     */
    public static Parsed<JsonataTemplate> compile(String value) {
        Parsed<JsonataTemplate> surround = checkSurround(value);
        if (surround != null) {
            return surround;
        }
        int from = OPEN.length();
        int to = value.length() - CLOSE.length();
        while (value.charAt(from) == ' ') {
            from++;
        }
        while (value.charAt(to - 1) == ' ') {
            to--;
        }
        if (isLineBreak(value.charAt(from)) || isLineBreak(value.charAt(to - 1))) {
            return Parsed.error(LINE_BREAK, isLineBreak(value.charAt(from)) ? from : to - 1);
        }
        return parse(value, value.substring(from, to), from);
    }

    /**
     * Parses one expression (the text between the delimiters) with jsonata-java.
     *
     * <p>jsonata-java 0.9.8 keeps a per-thread "current" instance, set to the instance most recently
     * constructed on the thread, and every evaluation on the thread overwrites that instance's environment
     * with the evaluation's own frame. Left alone, the last expression compiled would pick up the bindings
     * of every later evaluation (and its frame chain would grow without end). So each parse is followed by a
     * throwaway instance that takes the "current" role, and compiled expressions are never written to.
     *
     * @param expression JSONata text, without delimiters
     * @return the parsed expression
     * @throws JException when the expression does not parse
     */
    public static Jsonata parse(String expression) {
        Jsonata parsed = Jsonata.jsonata(expression);
        Jsonata.jsonata(THROWAWAY);
        return parsed;
    }

    private static Parsed<JsonataTemplate> parse(String value, String expression, int offset) {
        try {
            return Parsed.ok(new JsonataTemplate(value, expression, offset, parse(expression)));
        } catch (JException e) {
            String code = e.getError() == null ? "" : e.getError() + ": ";
            return Parsed.error("Invalid JSONata expression: " + code + e.getMessage(), offset + Math.max(0, e.getLocation()));
        } catch (RuntimeException | StackOverflowError e) {
            // jsonata-java 0.9.8's tokenizer crashes on some valid inputs, e.g. a regex that ends the
            // expression ('/ab+/i'); say so rather than blame the definition.
            return Parsed.error("The JSONata engine (jsonata-java) failed to parse this expression (" + e
                    + "); this may be a limitation of the engine rather than an error in the definition", offset);
        }
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    /**
     * @return why {@code value} is not a valid template, or empty when it is one, or is a plain literal
     *         (neither starts with <code>{%</code> nor ends with <code>%}</code>)
     */
    public static Optional<String> check(String value) {
        if (!looksLikeTemplate(value)) {
            return Optional.empty();
        }
        return compile(value).failure().map(e -> "Invalid JSONata template '" + value + "': " + e);
    }

    /** @return the error when the delimiters are wrong, null when they are right */
    private static Parsed<JsonataTemplate> checkSurround(String value) {
        if (!looksLikeTemplate(value)) {
            return Parsed.error("Not a JSONata template; write it as '{% expression %}'", 0);
        }
        if (!value.startsWith(OPEN)) {
            return Parsed.error("The JSONata template lacks its opening '{%'; write it as '{% expression %}'", 0);
        }
        if (!value.endsWith(CLOSE)) {
            return Parsed.error("The JSONata template lacks its closing '%}'; write it as '{% expression %}'", value.length());
        }
        String inner = value.length() < OPEN.length() + CLOSE.length() ? "" : value.substring(OPEN.length(), value.length() - CLOSE.length());
        if (inner.isBlank()) {
            return Parsed.error("The JSONata template contains no expression", OPEN.length());
        }
        if (inner.charAt(0) != ' ') {
            return Parsed.error(SPACING, OPEN.length());
        }
        if (inner.charAt(inner.length() - 1) != ' ') {
            return Parsed.error(SPACING, value.length() - CLOSE.length() - 1);
        }
        return null;
    }
}
