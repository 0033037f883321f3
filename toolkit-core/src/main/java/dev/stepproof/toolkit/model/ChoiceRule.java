package dev.stepproof.toolkit.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A top-level entry of {@code Choices}: a condition plus where to go and what to assign when it matches.
 *
 * @param condition the test: a {@link Comparison}, {@code And}/{@code Or}/{@code Not}, or a JSONata
 *                  {@code Condition}; null only when the source has no recognisable condition (a definition the
 *                  validator rejects)
 * @param next      {@code Next}, or null
 * @param assign    {@code Assign}, or null
 * @param output    {@code Output} (JSONata), or null
 * @param comment   {@code Comment}, or null
 * @since 0.1.0
 */
public record ChoiceRule(Condition condition, String next, JsonNode assign, JsonNode output, String comment) {

    public ChoiceRule {
        assign = ModelCopies.json(assign);
        output = ModelCopies.json(output);
    }
}
