package dev.stepproof.toolkit.model;

import java.math.BigDecimal;
import java.util.OptionalLong;

/**
 * A numeric field that JSONata states may compute: either a JSON number written in the definition, or a
 * string (normally a {@code {% ... %}} JSONata expression, kept verbatim; whether it is well formed is the
 * validator's concern). Used for {@code TimeoutSeconds}, {@code HeartbeatSeconds}, Wait {@code Seconds},
 * {@code MaxConcurrency}, {@code ToleratedFailure*}, {@code MaxItems} and the ItemBatcher limits.
 *
 * <p>Exactly one component is non-null. Numbers are kept as {@link BigDecimal} so that
 * {@code ToleratedFailurePercentage} (a decimal) and large integers survive unchanged; note that
 * {@code BigDecimal} equality is scale-sensitive ({@code 1} and {@code 1.0} differ).
 *
 * @param number     the literal number, or {@code null} for an expression
 * @param expression the string as written, or {@code null} for a literal
 * @since 0.1.0
 */
public record NumberOrExpression(BigDecimal number, String expression) {

    public NumberOrExpression {
        if ((number == null) == (expression == null)) {
            throw new IllegalArgumentException("exactly one of number and expression must be set");
        }
    }

    /**
     * @param number the literal
     * @return a literal integer
     */
    public static NumberOrExpression of(long number) {
        return new NumberOrExpression(BigDecimal.valueOf(number), null);
    }

    /**
     * @param number the literal, never null
     * @return a literal number
     */
    public static NumberOrExpression of(BigDecimal number) {
        return new NumberOrExpression(number, null);
    }

    /**
     * @param expression the string as written, never null
     * @return an expression (string) value
     */
    public static NumberOrExpression ofExpression(String expression) {
        return new NumberOrExpression(null, expression);
    }

    /** @return whether this is a string value that must be evaluated at run time */
    public boolean isExpression() {
        return expression != null;
    }

    /** @return the literal as a {@code long}, empty for an expression or a number with a fraction or out of range */
    public OptionalLong asLong() {
        if (number == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(number.longValueExact());
        } catch (ArithmeticException notAnExactLong) {
            return OptionalLong.empty();
        }
    }
}
