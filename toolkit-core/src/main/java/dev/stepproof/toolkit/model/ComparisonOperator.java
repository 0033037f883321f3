package dev.stepproof.toolkit.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.stepproof.toolkit.model.ComparisonOperator.OperandType.BOOLEAN;
import static dev.stepproof.toolkit.model.ComparisonOperator.OperandType.NUMERIC;
import static dev.stepproof.toolkit.model.ComparisonOperator.OperandType.STRING;
import static dev.stepproof.toolkit.model.ComparisonOperator.OperandType.TIMESTAMP;
import static dev.stepproof.toolkit.model.ComparisonOperator.OperandType.TYPE_TEST;

/**
 * Every JSONPath Choice comparison operator, described by data rather than by one class each:
 * {@link #operandType()} says which family of values it compares, {@link #relation()} what it tests, and
 * {@link #isPath()} whether the operand is a path to resolve rather than a literal. A {@code …Path}
 * operator behaves like its literal twin (same type and relation) once the operand is resolved.
 *
 * @since 0.1.0
 */
public enum ComparisonOperator {
    STRING_EQUALS("StringEquals", STRING, Relation.EQUALS, false),
    STRING_EQUALS_PATH("StringEqualsPath", STRING, Relation.EQUALS, true),
    STRING_LESS_THAN("StringLessThan", STRING, Relation.LESS_THAN, false),
    STRING_LESS_THAN_PATH("StringLessThanPath", STRING, Relation.LESS_THAN, true),
    STRING_GREATER_THAN("StringGreaterThan", STRING, Relation.GREATER_THAN, false),
    STRING_GREATER_THAN_PATH("StringGreaterThanPath", STRING, Relation.GREATER_THAN, true),
    STRING_LESS_THAN_EQUALS("StringLessThanEquals", STRING, Relation.LESS_THAN_EQUALS, false),
    STRING_LESS_THAN_EQUALS_PATH("StringLessThanEqualsPath", STRING, Relation.LESS_THAN_EQUALS, true),
    STRING_GREATER_THAN_EQUALS("StringGreaterThanEquals", STRING, Relation.GREATER_THAN_EQUALS, false),
    STRING_GREATER_THAN_EQUALS_PATH("StringGreaterThanEqualsPath", STRING, Relation.GREATER_THAN_EQUALS, true),
    STRING_MATCHES("StringMatches", STRING, Relation.MATCHES, false),

    NUMERIC_EQUALS("NumericEquals", NUMERIC, Relation.EQUALS, false),
    NUMERIC_EQUALS_PATH("NumericEqualsPath", NUMERIC, Relation.EQUALS, true),
    NUMERIC_LESS_THAN("NumericLessThan", NUMERIC, Relation.LESS_THAN, false),
    NUMERIC_LESS_THAN_PATH("NumericLessThanPath", NUMERIC, Relation.LESS_THAN, true),
    NUMERIC_GREATER_THAN("NumericGreaterThan", NUMERIC, Relation.GREATER_THAN, false),
    NUMERIC_GREATER_THAN_PATH("NumericGreaterThanPath", NUMERIC, Relation.GREATER_THAN, true),
    NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", NUMERIC, Relation.LESS_THAN_EQUALS, false),
    NUMERIC_LESS_THAN_EQUALS_PATH("NumericLessThanEqualsPath", NUMERIC, Relation.LESS_THAN_EQUALS, true),
    NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", NUMERIC, Relation.GREATER_THAN_EQUALS, false),
    NUMERIC_GREATER_THAN_EQUALS_PATH("NumericGreaterThanEqualsPath", NUMERIC, Relation.GREATER_THAN_EQUALS, true),

    BOOLEAN_EQUALS("BooleanEquals", BOOLEAN, Relation.EQUALS, false),
    BOOLEAN_EQUALS_PATH("BooleanEqualsPath", BOOLEAN, Relation.EQUALS, true),

    TIMESTAMP_EQUALS("TimestampEquals", TIMESTAMP, Relation.EQUALS, false),
    TIMESTAMP_EQUALS_PATH("TimestampEqualsPath", TIMESTAMP, Relation.EQUALS, true),
    TIMESTAMP_LESS_THAN("TimestampLessThan", TIMESTAMP, Relation.LESS_THAN, false),
    TIMESTAMP_LESS_THAN_PATH("TimestampLessThanPath", TIMESTAMP, Relation.LESS_THAN, true),
    TIMESTAMP_GREATER_THAN("TimestampGreaterThan", TIMESTAMP, Relation.GREATER_THAN, false),
    TIMESTAMP_GREATER_THAN_PATH("TimestampGreaterThanPath", TIMESTAMP, Relation.GREATER_THAN, true),
    TIMESTAMP_LESS_THAN_EQUALS("TimestampLessThanEquals", TIMESTAMP, Relation.LESS_THAN_EQUALS, false),
    TIMESTAMP_LESS_THAN_EQUALS_PATH("TimestampLessThanEqualsPath", TIMESTAMP, Relation.LESS_THAN_EQUALS, true),
    TIMESTAMP_GREATER_THAN_EQUALS("TimestampGreaterThanEquals", TIMESTAMP, Relation.GREATER_THAN_EQUALS, false),
    TIMESTAMP_GREATER_THAN_EQUALS_PATH("TimestampGreaterThanEqualsPath", TIMESTAMP, Relation.GREATER_THAN_EQUALS,
            true),

    IS_NULL("IsNull", TYPE_TEST, Relation.IS_NULL, false),
    IS_PRESENT("IsPresent", TYPE_TEST, Relation.IS_PRESENT, false),
    IS_NUMERIC("IsNumeric", TYPE_TEST, Relation.IS_NUMERIC, false),
    IS_STRING("IsString", TYPE_TEST, Relation.IS_STRING, false),
    IS_BOOLEAN("IsBoolean", TYPE_TEST, Relation.IS_BOOLEAN, false),
    IS_TIMESTAMP("IsTimestamp", TYPE_TEST, Relation.IS_TIMESTAMP, false);

    /**
     * The family of values an operator compares.
     *
     * @since 0.1.0
     */
    public enum OperandType {
        STRING, NUMERIC, BOOLEAN, TIMESTAMP,
        /** {@code Is…} operators: the operand is a boolean, the test is on the Variable's presence or type. */
        TYPE_TEST
    }

    /**
     * What an operator tests, independent of operand type and of the {@code …Path} form.
     *
     * @since 0.1.0
     */
    public enum Relation {
        EQUALS, LESS_THAN, GREATER_THAN, LESS_THAN_EQUALS, GREATER_THAN_EQUALS,
        /** {@code StringMatches}: {@code *} wildcard, {@code \*} and {@code \\} escapes. */
        MATCHES,
        IS_NULL, IS_PRESENT, IS_NUMERIC, IS_STRING, IS_BOOLEAN, IS_TIMESTAMP
    }

    private static final Map<String, ComparisonOperator> BY_ASL_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ComparisonOperator::aslName, Function.identity()));

    private final String aslName;
    private final OperandType operandType;
    private final Relation relation;
    private final boolean path;

    ComparisonOperator(String aslName, OperandType operandType, Relation relation, boolean path) {
        this.aslName = aslName;
        this.operandType = operandType;
        this.relation = relation;
        this.path = path;
    }

    /** @return the field name in a Choice rule, e.g. {@code "NumericLessThanPath"} */
    public String aslName() {
        return aslName;
    }

    /** @return the family of values compared */
    public OperandType operandType() {
        return operandType;
    }

    /** @return what is tested */
    public Relation relation() {
        return relation;
    }

    /** @return whether the operand is a path (input, {@code $$} or variable) rather than a literal */
    public boolean isPath() {
        return path;
    }

    /**
     * @param aslName a Choice rule field name, may be null
     * @return the operator with exactly that name, or empty ({@code Variable}, {@code Next}, ... are not operators)
     */
    public static Optional<ComparisonOperator> fromAslName(String aslName) {
        return Optional.ofNullable(aslName).map(BY_ASL_NAME::get);
    }
}
