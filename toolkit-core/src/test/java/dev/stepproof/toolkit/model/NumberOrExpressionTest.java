package dev.stepproof.toolkit.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.BDDAssertions.then;

class NumberOrExpressionTest {

    @Test
    void should_expose_integral_literals_as_long() {
        then(NumberOrExpression.of(30).asLong()).hasValue(30);
        then(NumberOrExpression.of(new BigDecimal("5.0")).asLong()).hasValue(5);
        then(NumberOrExpression.of(30).isExpression()).isFalse();
    }

    @Test
    void should_not_expose_fractions_or_expressions_as_long() {
        then(NumberOrExpression.of(new BigDecimal("12.5")).asLong()).isEmpty();
        then(NumberOrExpression.ofExpression("{% $x %}").asLong()).isEmpty();
        then(NumberOrExpression.ofExpression("{% $x %}").isExpression()).isTrue();
    }

    @Test
    void should_require_exactly_one_form() {
        assertThatThrownBy(() -> new NumberOrExpression(null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NumberOrExpression(BigDecimal.ONE, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
