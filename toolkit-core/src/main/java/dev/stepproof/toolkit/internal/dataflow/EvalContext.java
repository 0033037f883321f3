package dev.stepproof.toolkit.internal.dataflow;

import dev.stepproof.toolkit.internal.path.PathRoots;

import java.util.random.RandomGenerator;

/**
 * Everything an expression of one state may read while it is evaluated: the document {@code $} stands for,
 * the context object {@code $$}, the variables in scope (as of state entry) and the execution's seeded random
 * source (States.UUID, States.MathRandom), so the same seed gives the same values.
 */
public interface EvalContext extends PathRoots {

    /** @return the execution's random source; never null */
    RandomGenerator random();

    /** @return a context that reads {@code input} as {@code $} and everything else from this one */
    default EvalContext withInput(com.fasterxml.jackson.databind.JsonNode input) {
        EvalContext outer = this;
        return new EvalContext() {
            @Override
            public com.fasterxml.jackson.databind.JsonNode input() {
                return input;
            }

            @Override
            public com.fasterxml.jackson.databind.JsonNode context() {
                return outer.context();
            }

            @Override
            public com.fasterxml.jackson.databind.JsonNode variable(String name) {
                return outer.variable(name);
            }

            @Override
            public RandomGenerator random() {
                return outer.random();
            }
        };
    }
}
