package dev.stepproof.toolkit.model;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.BDDAssertions.then;

class ComparisonOperatorTest {

    @Test
    void should_cover_the_39_asl_operators() {
        // 17 literal comparisons, 16 path twins (none for StringMatches), 6 type tests
        then(ComparisonOperator.values()).hasSize(39);
        then(Arrays.stream(ComparisonOperator.values()).filter(ComparisonOperator::isPath)).hasSize(16);
        then(Arrays.stream(ComparisonOperator.values())
                .filter(op -> op.operandType() == ComparisonOperator.OperandType.TYPE_TEST)).hasSize(6);
    }

    @Test
    void should_give_every_path_operator_a_literal_twin_with_the_same_semantics() {
        for (ComparisonOperator op : ComparisonOperator.values()) {
            if (op.isPath()) {
                String twinName = op.aslName().substring(0, op.aslName().length() - "Path".length());
                ComparisonOperator twin = ComparisonOperator.fromAslName(twinName).orElseThrow();
                then(twin.isPath()).isFalse();
                then(twin.operandType()).isEqualTo(op.operandType());
                then(twin.relation()).isEqualTo(op.relation());
            }
        }
    }

    @Test
    void should_look_operators_up_by_exact_asl_name() {
        then(ComparisonOperator.fromAslName("TimestampLessThanEqualsPath"))
                .hasValue(ComparisonOperator.TIMESTAMP_LESS_THAN_EQUALS_PATH);
        then(ComparisonOperator.fromAslName("IsPresent")).hasValue(ComparisonOperator.IS_PRESENT);
        then(ComparisonOperator.fromAslName("stringequals")).isEmpty();
        then(ComparisonOperator.fromAslName("Variable")).isEmpty();
        then(ComparisonOperator.fromAslName(null)).isEmpty();
    }

    @Test
    void should_name_each_constant_after_its_asl_name() {
        for (ComparisonOperator op : ComparisonOperator.values()) {
            then(op.name().replace("_", "")).isEqualToIgnoringCase(op.aslName());
        }
    }
}
