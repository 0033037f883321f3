package dev.stepproof.toolkit.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;
import dev.stepproof.toolkit.model.StateMachine;

import static dev.stepproof.toolkit.internal.model.JsonFields.integer;
import static dev.stepproof.toolkit.internal.model.JsonFields.queryLanguage;
import static dev.stepproof.toolkit.internal.model.JsonFields.text;

/**
 * Converts a parsed definition into the immutable {@link StateMachine} model.
 *
 * <p>Meant to run after validation found no ERROR, but total on any input: it never throws on odd
 * definitions. A missing or wrong-typed field reads as absent (null, {@code PathField.ABSENT}, empty list,
 * {@code false} for {@code End}); a state that is not an object or has no known {@code Type} is left out;
 * non-object elements of {@code Branches}, {@code Retry}, {@code Catch} and {@code Choices} are skipped;
 * unknown enumerated values ({@code QueryLanguage}, {@code Mode}, {@code JitterStrategy}, ...) read as null.
 * The result is therefore only as meaningful as the definition was valid.
 *
 * @since 0.1.0
 */
public final class ModelBuilder {

    private ModelBuilder() {
    }

    /**
     * @param document a parsed definition, never null (its root may be any JSON value)
     * @return the model; an empty machine when the root is not an object
     */
    public static StateMachine build(LocatedDocument document) {
        JsonNode root = document.root();
        return new StateMachine(text(root, "StartAt"), WorkflowReader.states(root, ""), text(root, "Comment"),
                text(root, "Version"), integer(root, "TimeoutSeconds"), queryLanguage(root));
    }
}
