package dev.stepproof.toolkit.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Objects;

/**
 * The boolean test of a Choice rule. JSONPath rules are a {@link Comparison} or a boolean combination
 * ({@link And}, {@link Or}, {@link Not}) of nested rules; JSONata rules are a {@link Jsonata} condition.
 * Handle every variant with {@link #accept(ConditionVisitor)}.
 *
 * @since 0.1.0
 */
public sealed interface Condition permits Comparison, Condition.And, Condition.Or, Condition.Not, Condition.Jsonata {

    /**
     * @param visitor never null
     * @param <R>     the visitor's result type
     * @return what the visitor returned
     */
    <R> R accept(ConditionVisitor<R> visitor);

    /**
     * {@code "And": [...]}: true when every operand is true (short-circuit, in order).
     *
     * @param operands the nested conditions, never null
     * @since 0.1.0
     */
    record And(List<Condition> operands) implements Condition {
        public And {
            operands = ModelCopies.list(operands);
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.visitAnd(this);
        }
    }

    /**
     * {@code "Or": [...]}: true when some operand is true (short-circuit, in order).
     *
     * @param operands the nested conditions, never null
     * @since 0.1.0
     */
    record Or(List<Condition> operands) implements Condition {
        public Or {
            operands = ModelCopies.list(operands);
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.visitOr(this);
        }
    }

    /**
     * {@code "Not": {...}}: negates one nested condition.
     *
     * @param operand the negated condition, never null
     * @since 0.1.0
     */
    record Not(Condition operand) implements Condition {
        public Not {
            Objects.requireNonNull(operand, "operand");
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.visitNot(this);
        }
    }

    /**
     * A JSONata rule's {@code Condition}: a boolean literal or a {@code {% %}} string, as written.
     *
     * @param expression the value (deep-copied, read-only), never null
     * @since 0.1.0
     */
    record Jsonata(JsonNode expression) implements Condition {
        public Jsonata {
            expression = Objects.requireNonNull(ModelCopies.json(expression), "expression");
        }

        @Override
        public <R> R accept(ConditionVisitor<R> visitor) {
            return visitor.visitJsonata(this);
        }
    }
}
