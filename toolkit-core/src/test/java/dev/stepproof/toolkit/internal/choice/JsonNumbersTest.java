package dev.stepproof.toolkit.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;

import static org.assertj.core.api.BDDAssertions.then;

/** Numbers compare by value across every node class Jackson may produce, exactly beyond 2^53. */
class JsonNumbersTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @Test
    void should_compare_equal_values_of_different_node_classes_as_equal() {
        // GIVEN
        JsonNode[] ones = {F.numberNode(1), F.numberNode(1L), F.numberNode((short) 1), F.numberNode(1.0),
                F.numberNode(1.0f), F.numberNode(new BigDecimal("1.000")), F.numberNode(BigInteger.ONE)};
        // WHEN / THEN
        for (JsonNode a : ones) {
            for (JsonNode b : ones) {
                then(JsonNumbers.compare(a, b)).as(a.getClass().getSimpleName() + " vs " + b.getClass().getSimpleName()).isZero();
            }
        }
    }

    @Test
    void should_order_values_of_different_node_classes() {
        // GIVEN / WHEN / THEN
        then(JsonNumbers.compare(F.numberNode(1), F.numberNode(1.5))).isNegative();
        then(JsonNumbers.compare(F.numberNode(new BigDecimal("1.5")), F.numberNode(1))).isPositive();
        then(JsonNumbers.compare(F.numberNode(0.1), F.numberNode(new BigDecimal("0.1")))).isZero();
        then(JsonNumbers.compare(F.numberNode(-0.0), F.numberNode(0))).isZero();
        then(JsonNumbers.compare(F.numberNode(-0.0), F.numberNode(0.0))).isZero();
        then(JsonNumbers.compare(F.numberNode(Double.POSITIVE_INFINITY), F.numberNode(new BigDecimal("1e400")))).isPositive();
    }

    @Test
    void should_not_round_longs_beyond_two_to_the_53() {
        // GIVEN 2^53 + 1 is not a double; as a double it would equal 2^53
        JsonNode odd = F.numberNode(9_007_199_254_740_993L);
        // WHEN / THEN
        then(JsonNumbers.compare(odd, F.numberNode(9_007_199_254_740_992.0))).isPositive();
        then(JsonNumbers.compare(odd, F.numberNode(new BigDecimal("9007199254740993.0")))).isZero();
        then(JsonNumbers.compare(F.numberNode(Long.MAX_VALUE), F.numberNode(new BigInteger("9223372036854775808")))).isNegative();
        then(JsonNumbers.compare(F.numberNode(Long.MIN_VALUE), F.numberNode(-9.223372036854775808E18))).isZero();
    }
}
