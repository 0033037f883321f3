package dev.stepproof.toolkit.internal.jsonata;

import com.dashjoin.jsonata.Jsonata;

import java.util.Objects;

/**
 * A {@code {% … %}} string with its JSONata expression parsed.
 *
 * @param source           the whole string, delimiters included
 * @param expression       the JSONata text between <code>"{% "</code> and <code>" %}"</code>
 * @param expressionOffset where {@code expression} starts in {@code source}
 * @param compiled         the parsed expression (see {@link JsonataTemplates#parse(String)} on why it is
 *                         never the thread's "current" jsonata-java instance)
 */
public record JsonataTemplate(String source, String expression, int expressionOffset, Jsonata compiled) {

    public JsonataTemplate {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(compiled, "compiled");
    }
}
