package dev.stepproof.toolkit.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Objects;

/**
 * A {@code Choice} state: takes the {@code Next} of the first matching rule, else {@code Default}. The
 * state-level {@code assign} and {@code output} apply only when {@code Default} is taken; a matching rule's
 * own apply otherwise.
 *
 * @param choices      {@code Choices}, in order; never null
 * @param defaultState {@code Default}, or null
 * @since 0.1.0
 */
public record ChoiceState(String name, String pointer, String comment, QueryLanguage queryLanguage,
                          PathField inputPath, PathField outputPath, List<ChoiceRule> choices,
                          String defaultState, JsonNode assign, JsonNode output) implements State {

    public ChoiceState {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pointer, "pointer");
        inputPath = Objects.requireNonNullElse(inputPath, PathField.ABSENT);
        outputPath = Objects.requireNonNullElse(outputPath, PathField.ABSENT);
        choices = ModelCopies.list(choices);
        assign = ModelCopies.json(assign);
        output = ModelCopies.json(output);
    }

    @Override
    public StateType type() {
        return StateType.CHOICE;
    }

    @Override
    public <R> R accept(StateVisitor<R> visitor) {
        return visitor.visitChoice(this);
    }
}
