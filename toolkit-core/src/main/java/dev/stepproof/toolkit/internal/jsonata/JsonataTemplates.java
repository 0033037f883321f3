package dev.stepproof.toolkit.internal.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import dev.stepproof.toolkit.internal.path.Parsed;

import java.util.Optional;

/**
 * Recognises and compiles JSONata templates: strings written {@code "{% expression %}"}.
 *
 * <p>The surround rules follow asl-validator, whose verdicts the conformance corpus records: a string
 * that starts with {@code {%} or ends with {@code %}} is meant as a template and must have both, each
 * separated from the expression by exactly one space ({@code "{%10%}"} and {@code "{% \n10   %}"} are
 * rejected). Every AWS-recorded template has that shape. Any other string is a literal.
 */
public final class JsonataTemplates {

    private static final String OPEN = "{%";
    private static final String CLOSE = "%}";
    private static final String SPACING = "A JSONata template needs exactly one space after '{%' and before '%}': "
            + "'{% expression %}'";

    private JsonataTemplates() {
    }

    /** @return whether {@code value} is meant as a template: it starts with {@code {%} or ends with {@code %}} */
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
        String expression = value.substring(OPEN.length() + 1, value.length() - CLOSE.length() - 1);
        int offset = OPEN.length() + 1;
        try {
            return Parsed.ok(new JsonataTemplate(value, expression, offset, Jsonata.jsonata(expression)));
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

    /**
     * @return why {@code value} is not a valid template, or empty when it is one, or is a plain literal
     *         (neither starts with {@code {%} nor ends with {@code %}})
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
        if (inner.length() < 3 || inner.charAt(0) != ' ' || Character.isWhitespace(inner.charAt(1))) {
            return Parsed.error(SPACING, OPEN.length());
        }
        if (inner.charAt(inner.length() - 1) != ' ' || Character.isWhitespace(inner.charAt(inner.length() - 2))) {
            return Parsed.error(SPACING, value.length() - CLOSE.length() - 1);
        }
        return null;
    }
}
