package dev.stepproof.toolkit.internal.choice;

import dev.stepproof.toolkit.internal.dataflow.EvalContext;
import dev.stepproof.toolkit.internal.dataflow.StatesError;

/**
 * A Choice rule's condition, compiled by {@link ChoiceCompiler}. Immutable and thread-safe; evaluation
 * allocates nothing beyond what path evaluation and timestamp parsing need.
 */
@FunctionalInterface
public interface CompiledCondition {

    /**
     * @param ctx what {@code $}, {@code $$} and {@code $name} read: the Choice state's effective input (after
     *            InputPath), the context object and the variables as of state entry; never null
     * @return whether the condition holds
     * @throws StatesError  {@code States.Runtime} when the {@code Variable} (with any operator but
     *                      {@code IsPresent}) or a {@code …Path} operand does not resolve; the cause carries no
     *                      state prefix, the interpreter adds it
     * @throws dev.stepproof.toolkit.internal.jsonata.JsonataError when a JSONata {@code Condition} fails or does
     *                      not give a boolean
     */
    boolean test(EvalContext ctx);
}
