package dev.stepproof.toolkit.internal.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.dataflow.EvalContext;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.random.RandomGenerator;

/**
 * What a JSONata expression of one state reads while it is evaluated (ASL-SEMANTICS §3.2): the members of
 * {@code $states}, the workflow variables in scope as of state entry, and the execution's clock and seeded
 * random source, so that {@code $now()}, {@code $random()} and {@code $uuid()} repeat with the execution.
 */
public interface JsonataScope {

    /** @return {@code $states.input}: the state's raw input; never null */
    JsonNode statesInput();

    /** @return {@code $states.result} (Task, Parallel and Map, on success), or null where it is not defined */
    JsonNode statesResult();

    /** @return {@code $states.errorOutput} (a catcher's Output and Assign), or null where it is not defined */
    JsonNode statesErrorOutput();

    /** @return {@code $states.context}: the context object; never null */
    JsonNode statesContext();

    /**
     * @param name a variable name without its {@code $}
     * @return the variable's value as of state entry, or null when no variable of that name is in scope
     */
    JsonNode variable(String name);

    /** @return the execution's random source; never null */
    RandomGenerator random();

    /** @return the execution's virtual time in epoch milliseconds */
    long nowMillis();

    /**
     * @param ctx what a JSONPath expression of the same state reads
     * @return {@code ctx} itself when it is also a scope, else a scope whose {@code $states.input} is
     *         {@code ctx.input()}, with neither result nor error output, and whose clock reads the context
     *         object's {@code State.EnteredTime} (epoch 0 when there is none)
     */
    static JsonataScope of(EvalContext ctx) {
        if (ctx instanceof JsonataScope) {
            return (JsonataScope) ctx;
        }
        return new JsonataScope() {
            @Override
            public JsonNode statesInput() {
                return ctx.input();
            }

            @Override
            public JsonNode statesResult() {
                return null;
            }

            @Override
            public JsonNode statesErrorOutput() {
                return null;
            }

            @Override
            public JsonNode statesContext() {
                return ctx.context();
            }

            @Override
            public JsonNode variable(String name) {
                return ctx.variable(name);
            }

            @Override
            public RandomGenerator random() {
                return ctx.random();
            }

            @Override
            public long nowMillis() {
                JsonNode entered = ctx.context().path("State").path("EnteredTime");
                try {
                    return entered.isTextual() ? Instant.parse(entered.textValue()).toEpochMilli() : 0L;
                } catch (DateTimeParseException e) {
                    return 0L;
                }
            }
        };
    }
}
