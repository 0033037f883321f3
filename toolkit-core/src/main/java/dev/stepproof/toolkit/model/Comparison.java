package dev.stepproof.toolkit.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * A JSONPath data-test rule: {@code Variable} compared with one operator. The operand is kept as written:
 * a literal for plain operators, a path string for {@code …Path} operators, a boolean for type tests.
 *
 * @param variable {@code Variable} (a path, {@code $$…} or {@code $var…}), or null when absent
 * @param operator the operator, never null
 * @param operand  the operator's value (deep-copied, read-only), never null ({@code NullNode} for JSON null)
 * @since 0.1.0
 */
public record Comparison(String variable, ComparisonOperator operator, JsonNode operand) implements Condition {

    public Comparison {
        Objects.requireNonNull(operator, "operator");
        operand = Objects.requireNonNull(ModelCopies.json(operand), "operand");
    }

    @Override
    public <R> R accept(ConditionVisitor<R> visitor) {
        return visitor.visitComparison(this);
    }
}
