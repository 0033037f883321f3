package dev.stepproof.toolkit.internal.path;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The documents a path may start from. The interpreter implements this over its state input,
 * context object and variable scope.
 */
public interface PathRoots {

    /** @return the document {@code $} refers to, never null */
    JsonNode input();

    /** @return the context object {@code $$} refers to, never null */
    JsonNode context();

    /** @return the value of variable {@code name}, or null when no such variable is in scope */
    JsonNode variable(String name);
}
