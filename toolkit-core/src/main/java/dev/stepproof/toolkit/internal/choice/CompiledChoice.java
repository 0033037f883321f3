package dev.stepproof.toolkit.internal.choice;

import dev.stepproof.toolkit.internal.dataflow.EvalContext;
import dev.stepproof.toolkit.internal.dataflow.StatesError;
import dev.stepproof.toolkit.model.ChoiceState;

/**
 * A Choice state's rules, compiled by {@link ChoiceCompiler#compile(ChoiceState)}. Picks the first rule whose
 * condition holds; what follows (the rule's {@code Next} and {@code Assign}, or {@code Default}, or
 * {@code States.NoChoiceMatched}) is the interpreter's business. Immutable and thread-safe.
 */
public final class CompiledChoice {
    private final ChoiceState state;
    private final CompiledCondition[] conditions;

    CompiledChoice(ChoiceState state, CompiledCondition[] conditions) {
        this.state = state;
        this.conditions = conditions;
    }

    /** @return the state compiled; never null */
    public ChoiceState state() {
        return state;
    }

    /**
     * Evaluates the rules in order and stops at the first that holds (later rules are not evaluated, so their
     * paths need not resolve).
     *
     * @param ctx the Choice state's effective input (after InputPath), context object and variables; never null
     * @return the index in {@link ChoiceState#choices()} of the first rule that holds, or -1 when none does
     * @throws StatesError {@code States.Runtime} from a rule evaluated before a match (see {@link CompiledCondition});
     *                     a JSONata rule's failure is a {@link dev.stepproof.toolkit.internal.jsonata.JsonataError}
     */
    public int select(EvalContext ctx) {
        for (int i = 0; i < conditions.length; i++) {
            if (conditions[i].test(ctx)) {
                return i;
            }
        }
        return -1;
    }
}
