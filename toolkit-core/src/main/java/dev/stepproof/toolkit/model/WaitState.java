package dev.stepproof.toolkit.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * A {@code Wait} state. Exactly one of the four timing fields is set in a valid definition.
 *
 * @param seconds       {@code Seconds}: integer, or JSONata expression; null when absent
 * @param secondsPath   {@code SecondsPath} (JSONPath), or null
 * @param timestamp     {@code Timestamp}: RFC 3339 literal, or in JSONata a {@code {% %}} expression; or null
 * @param timestampPath {@code TimestampPath} (JSONPath), or null
 * @since 0.1.0
 */
public record WaitState(String name, String pointer, String comment, QueryLanguage queryLanguage,
                        Transition transition, PathField inputPath, PathField outputPath,
                        NumberOrExpression seconds, String secondsPath, String timestamp, String timestampPath,
                        JsonNode assign, JsonNode output) implements State {

    public WaitState {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pointer, "pointer");
        transition = Objects.requireNonNullElse(transition, Transition.NONE);
        inputPath = Objects.requireNonNullElse(inputPath, PathField.ABSENT);
        outputPath = Objects.requireNonNullElse(outputPath, PathField.ABSENT);
        assign = ModelCopies.json(assign);
        output = ModelCopies.json(output);
    }

    @Override
    public StateType type() {
        return StateType.WAIT;
    }

    @Override
    public <R> R accept(StateVisitor<R> visitor) {
        return visitor.visitWait(this);
    }
}
