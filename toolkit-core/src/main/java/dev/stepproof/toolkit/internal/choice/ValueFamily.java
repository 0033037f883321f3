package dev.stepproof.toolkit.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.time.Rfc3339;
import dev.stepproof.toolkit.model.ComparisonOperator.OperandType;
import dev.stepproof.toolkit.model.ComparisonOperator.Relation;

import java.time.Instant;

/**
 * How one operand family compares values. An operand is first {@link #prepare prepared} (a literal once at
 * compile time, a {@code …Path} operand after each resolution); the tested value is then compared with it.
 * A value of another JSON type is {@link #INCOMPARABLE}, which makes every relation false: AWS returns false on
 * type mismatches, never an error.
 */
enum ValueFamily {
    STRING {
        @Override
        Object prepare(JsonNode operand) {
            return operand.isTextual() ? operand.textValue() : null;
        }

        @Override
        int compare(JsonNode value, Object operand) {
            // String.compareTo: UTF-16 code units, no case folding or normalisation, as recorded.
            return value.isTextual() ? Integer.signum(value.textValue().compareTo((String) operand)) : INCOMPARABLE;
        }
    },
    NUMERIC {
        @Override
        Object prepare(JsonNode operand) {
            return operand.isNumber() ? operand : null;
        }

        @Override
        int compare(JsonNode value, Object operand) {
            return value.isNumber() ? JsonNumbers.compare(value, (JsonNode) operand) : INCOMPARABLE;
        }
    },
    BOOLEAN {
        @Override
        Object prepare(JsonNode operand) {
            return operand.isBoolean() ? Boolean.valueOf(operand.booleanValue()) : null;
        }

        @Override
        int compare(JsonNode value, Object operand) {
            // Only BooleanEquals exists; "different" needs no order, 1 is as good as any non-zero.
            return value.isBoolean() ? (value.booleanValue() == (Boolean) operand ? 0 : 1) : INCOMPARABLE;
        }
    },
    TIMESTAMP {
        @Override
        Object prepare(JsonNode operand) {
            return operand.isTextual() ? Rfc3339.parse(operand.textValue()) : null;
        }

        @Override
        int compare(JsonNode value, Object operand) {
            Instant instant = value.isTextual() ? Rfc3339.parse(value.textValue()) : null;
            return instant == null ? INCOMPARABLE : Integer.signum(instant.compareTo((Instant) operand));
        }
    };

    /** Not a result of any {@code compare}: the value is of another type (or not a valid timestamp). */
    static final int INCOMPARABLE = 2;

    /** @return the operand in the form {@link #compare} takes, or null when it is of another type */
    abstract Object prepare(JsonNode operand);

    /** @return -1, 0 or 1, or {@link #INCOMPARABLE} when {@code value} is not of this family */
    abstract int compare(JsonNode value, Object operand);

    static ValueFamily of(OperandType type) {
        switch (type) {
            case STRING:
                return STRING;
            case NUMERIC:
                return NUMERIC;
            case BOOLEAN:
                return BOOLEAN;
            case TIMESTAMP:
                return TIMESTAMP;
            default:
                throw new IllegalArgumentException("Operand type " + type + " compares no values");
        }
    }

    /** @return whether {@code relation} holds for a comparison result ({@link #INCOMPARABLE} never does) */
    static boolean holds(Relation relation, int comparison) {
        if (comparison == INCOMPARABLE) {
            return false;
        }
        switch (relation) {
            case EQUALS:
                return comparison == 0;
            case LESS_THAN:
                return comparison < 0;
            case GREATER_THAN:
                return comparison > 0;
            case LESS_THAN_EQUALS:
                return comparison <= 0;
            case GREATER_THAN_EQUALS:
                return comparison >= 0;
            default:
                throw new IllegalArgumentException("Relation " + relation + " is not a comparison");
        }
    }
}
