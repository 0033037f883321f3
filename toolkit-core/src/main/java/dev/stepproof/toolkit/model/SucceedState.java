package dev.stepproof.toolkit.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * A {@code Succeed} state: ends its workflow successfully with its (filtered) input. Always terminal.
 *
 * @param output {@code Output} (JSONata), or null
 * @since 0.1.0
 */
public record SucceedState(String name, String pointer, String comment, QueryLanguage queryLanguage,
                           PathField inputPath, PathField outputPath, JsonNode output) implements State {

    public SucceedState {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pointer, "pointer");
        inputPath = Objects.requireNonNullElse(inputPath, PathField.ABSENT);
        outputPath = Objects.requireNonNullElse(outputPath, PathField.ABSENT);
        output = ModelCopies.json(output);
    }

    @Override
    public StateType type() {
        return StateType.SUCCEED;
    }

    @Override
    public boolean isTerminal() {
        return true;
    }

    @Override
    public <R> R accept(StateVisitor<R> visitor) {
        return visitor.visitSucceed(this);
    }
}
