package dev.stepproof.toolkit.internal.path;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * What evaluating a path produced. A definite path yields the node it addresses ({@code null} JSON is
 * a {@link Found} {@code NullNode}) or {@link Missing}; an indefinite path always yields
 * {@link Found} with an array of matches, empty when nothing matched.
 *
 * <p>Found nodes are shared with the evaluated document: copy before mutating.
 */
public sealed interface PathResult permits PathResult.Found, PathResult.Missing {

    /** The path resolved. */
    record Found(JsonNode value) implements PathResult {
        public Found {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A definite path did not resolve.
     *
     * @param reason Jayway-style text, e.g. {@code No results for path: $['a']} or
     *               {@code Missing property in path $['a']}, which AWS quotes in {@code States.Runtime} causes
     */
    record Missing(String reason) implements PathResult {
        public Missing {
            Objects.requireNonNull(reason, "reason");
        }
    }

    default boolean isFound() {
        return this instanceof Found;
    }
}
