package dev.stepproof.toolkit.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * A {@code Pass} state: passes its input (or {@code Result}) on. {@code result} is null when absent and a
 * {@code NullNode} for {@code "Result": null}; see the package documentation.
 *
 * @param result {@code Result} (JSONPath): replaces whatever Parameters produced; null when absent
 * @since 0.1.0
 */
public record PassState(String name, String pointer, String comment, QueryLanguage queryLanguage,
                        Transition transition, PathField inputPath, PathField outputPath, JsonNode parameters,
                        JsonNode result, PathField resultPath, JsonNode assign, JsonNode output) implements State {

    public PassState {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pointer, "pointer");
        transition = Objects.requireNonNullElse(transition, Transition.NONE);
        inputPath = Objects.requireNonNullElse(inputPath, PathField.ABSENT);
        outputPath = Objects.requireNonNullElse(outputPath, PathField.ABSENT);
        resultPath = Objects.requireNonNullElse(resultPath, PathField.ABSENT);
        parameters = ModelCopies.json(parameters);
        result = ModelCopies.json(result);
        assign = ModelCopies.json(assign);
        output = ModelCopies.json(output);
    }

    @Override
    public StateType type() {
        return StateType.PASS;
    }

    @Override
    public <R> R accept(StateVisitor<R> visitor) {
        return visitor.visitPass(this);
    }
}
