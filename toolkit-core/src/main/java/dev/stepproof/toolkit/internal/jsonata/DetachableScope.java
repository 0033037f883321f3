package dev.stepproof.toolkit.internal.jsonata;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.random.RandomGenerator;

/**
 * The scope of one evaluation, cut loose when the evaluation ends. jsonata-java 0.9.8 keeps the last evaluation's
 * frame reachable from a thread-local until the thread evaluates again; through this indirection that frame
 * holds no reference to the state visit, and so to the execution, it was evaluated for.
 */
final class DetachableScope implements JsonataScope {
    private JsonataScope scope;

    DetachableScope(JsonataScope scope) {
        this.scope = scope;
    }

    void detach() {
        scope = null;
    }

    private JsonataScope scope() {
        if (scope == null) {
            // Only a lambda smuggled out of its evaluation could get here; JSON results cannot hold one.
            throw new IllegalStateException("A JSONata scope was used after its evaluation ended");
        }
        return scope;
    }

    @Override
    public JsonNode statesInput() {
        return scope().statesInput();
    }

    @Override
    public JsonNode statesResult() {
        return scope().statesResult();
    }

    @Override
    public JsonNode statesErrorOutput() {
        return scope().statesErrorOutput();
    }

    @Override
    public JsonNode statesContext() {
        return scope().statesContext();
    }

    @Override
    public JsonNode variable(String name) {
        return scope().variable(name);
    }

    @Override
    public RandomGenerator random() {
        return scope().random();
    }

    @Override
    public long nowMillis() {
        return scope().nowMillis();
    }
}
