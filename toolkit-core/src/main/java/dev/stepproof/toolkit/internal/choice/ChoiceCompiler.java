package dev.stepproof.toolkit.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.path.JsonPathExpr;
import dev.stepproof.toolkit.internal.path.Parsed;
import dev.stepproof.toolkit.model.ChoiceState;
import dev.stepproof.toolkit.model.Comparison;
import dev.stepproof.toolkit.model.ComparisonOperator;
import dev.stepproof.toolkit.model.ComparisonOperator.Relation;
import dev.stepproof.toolkit.model.Condition;
import dev.stepproof.toolkit.model.ConditionVisitor;

import java.util.List;
import java.util.Locale;

/**
 * Compiles Choice conditions once, at load time, into {@link CompiledCondition} nodes: paths are compiled,
 * literals prepared (timestamps parsed, {@code StringMatches} patterns split at their stars), so that
 * evaluation does no parsing of the definition, no regular expressions and no reflection.
 *
 * <p>The input is a definition the validator accepted. What it would have rejected (no {@code Variable}, a path
 * that does not compile, a literal of the wrong type, an invalid timestamp literal) is a programmer error here
 * and throws {@link IllegalArgumentException} naming the rule.
 */
public final class ChoiceCompiler {

    private ChoiceCompiler() {
    }

    /**
     * @param condition a rule's condition, JSONPath or JSONata; never null
     * @return the compiled condition; a JSONata condition names its field {@code Condition} in causes
     * @throws IllegalArgumentException when the condition is not one the validator accepts
     */
    public static CompiledCondition compile(Condition condition) {
        if (condition == null) {
            throw new IllegalArgumentException("A Choice rule without a condition cannot be compiled");
        }
        return condition.accept(new Compiler());
    }

    /**
     * @param state a Choice state of an accepted definition; never null
     * @return its rules compiled, in order
     * @throws IllegalArgumentException when a rule is not one the validator accepts; the message names the state
     */
    public static CompiledChoice compile(ChoiceState state) {
        CompiledCondition[] conditions = new CompiledCondition[state.choices().size()];
        for (int i = 0; i < conditions.length; i++) {
            try {
                Condition condition = state.choices().get(i).condition();
                conditions[i] = condition instanceof Condition.Jsonata
                        ? JsonataCondition.compile(((Condition.Jsonata) condition).expression(), "Choices[" + i + "]/Condition")
                        : compile(condition);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("State '" + state.name() + "' Choices[" + i + "]: " + e.getMessage(), e);
            }
        }
        return new CompiledChoice(state, conditions);
    }

    private static final class Compiler implements ConditionVisitor<CompiledCondition> {

        @Override
        public CompiledCondition visitComparison(Comparison comparison) {
            ComparisonOperator operator = comparison.operator();
            JsonPathExpr variable = path(comparison.variable(), "Variable");
            JsonNode operand = comparison.operand();
            Relation relation = operator.relation();
            if (relation == Relation.IS_PRESENT) {
                return ComparisonNode.isPresent(variable, bool(operator, operand));
            }
            if (operator.operandType() == ComparisonOperator.OperandType.TYPE_TEST) {
                return ComparisonNode.of(variable, new TypeTest(relation, bool(operator, operand)));
            }
            if (relation == Relation.MATCHES) {
                if (!operand.isTextual()) {
                    throw wrongOperand(operator, operand, "a string");
                }
                return ComparisonNode.of(variable, Glob.compile(operand.textValue()));
            }
            ValueFamily family = ValueFamily.of(operator.operandType());
            if (operator.isPath()) {
                String text = operand.isTextual() ? operand.textValue() : null;
                return ComparisonNode.of(variable, new PathOperandTest(family, relation, path(text, operator.aslName())));
            }
            Object prepared = family.prepare(operand);
            if (prepared == null) {
                throw wrongOperand(operator, operand, family == ValueFamily.TIMESTAMP ? "an RFC 3339 timestamp"
                        : "a " + family.name().toLowerCase(Locale.ROOT));
            }
            return ComparisonNode.of(variable, new LiteralTest(family, relation, prepared));
        }

        @Override
        public CompiledCondition visitAnd(Condition.And and) {
            return new BooleanNodes.And(operands(and.operands()));
        }

        @Override
        public CompiledCondition visitOr(Condition.Or or) {
            return new BooleanNodes.Or(operands(or.operands()));
        }

        @Override
        public CompiledCondition visitNot(Condition.Not not) {
            return new BooleanNodes.Not(compile(not.operand()));
        }

        @Override
        public CompiledCondition visitJsonata(Condition.Jsonata jsonata) {
            return JsonataCondition.compile(jsonata.expression(), "Condition");
        }

        private CompiledCondition[] operands(List<Condition> conditions) {
            if (conditions.isEmpty()) {
                throw new IllegalArgumentException("And/Or needs at least one condition");
            }
            CompiledCondition[] compiled = new CompiledCondition[conditions.size()];
            for (int i = 0; i < compiled.length; i++) {
                compiled[i] = compile(conditions.get(i));
            }
            return compiled;
        }

        private static JsonPathExpr path(String text, String field) {
            if (text == null) {
                throw new IllegalArgumentException("'" + field + "' must be a path, but is missing or not a string");
            }
            Parsed<JsonPathExpr> parsed = JsonPathExpr.compile(text);
            if (!parsed.isOk()) {
                throw new IllegalArgumentException("'" + field + "' is not a valid path: '" + text + "' ("
                        + parsed.failure().orElseThrow() + ")");
            }
            return parsed.orElseThrow();
        }

        private static boolean bool(ComparisonOperator operator, JsonNode operand) {
            if (!operand.isBoolean()) {
                throw wrongOperand(operator, operand, "a boolean");
            }
            return operand.booleanValue();
        }

        private static IllegalArgumentException wrongOperand(ComparisonOperator operator, JsonNode operand, String expected) {
            return new IllegalArgumentException("'" + operator.aslName() + "' must compare with " + expected + ", but was " + operand);
        }
    }
}
