package dev.stepproof.toolkit.internal.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;
import dev.stepproof.toolkit.model.State;
import dev.stepproof.toolkit.model.StateMachine;

import java.io.UncheckedIOException;
import java.util.Map;

/** Test fixtures: JSON text in, model out. */
final class Definitions {

    private Definitions() {
    }

    static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StateMachine build(String definition) {
        return ModelBuilder.build(new LocatedDocument("test", json(definition), Map.of()));
    }

    /** Builds a machine whose only state is {@code stateJson}, named {@code S}, and returns that state. */
    static <T extends State> T single(String stateJson, Class<T> type) {
        StateMachine machine = build("{\"StartAt\":\"S\",\"States\":{\"S\":" + stateJson + "}}");
        return type.cast(machine.states().get("S"));
    }
}
