package dev.stepproof.toolkit.internal.choice;

import dev.stepproof.toolkit.internal.dataflow.EvalContext;

/** {@code And}, {@code Or} and {@code Not}: short-circuit, in array order, as AWS evaluates them. */
final class BooleanNodes {

    private BooleanNodes() {
    }

    /** True when every operand is; stops at the first false one (later operands may then not even resolve). */
    static final class And implements CompiledCondition {
        private final CompiledCondition[] operands;

        And(CompiledCondition[] operands) {
            this.operands = operands;
        }

        @Override
        public boolean test(EvalContext ctx) {
            for (CompiledCondition operand : operands) {
                if (!operand.test(ctx)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** True when some operand is; stops at the first true one. */
    static final class Or implements CompiledCondition {
        private final CompiledCondition[] operands;

        Or(CompiledCondition[] operands) {
            this.operands = operands;
        }

        @Override
        public boolean test(EvalContext ctx) {
            for (CompiledCondition operand : operands) {
                if (operand.test(ctx)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The negation of one operand; an error in the operand is not negated away. */
    static final class Not implements CompiledCondition {
        private final CompiledCondition operand;

        Not(CompiledCondition operand) {
            this.operand = operand;
        }

        @Override
        public boolean test(EvalContext ctx) {
            return !operand.test(ctx);
        }
    }
}
