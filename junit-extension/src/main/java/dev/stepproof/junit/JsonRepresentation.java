package dev.stepproof.junit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.junit.internal.Json;
import dev.stepproof.junit.internal.Outcomes;
import dev.stepproof.toolkit.Execution;
import org.assertj.core.presentation.Representation;
import org.assertj.core.presentation.StandardRepresentation;

import java.util.Objects;

/**
 * Renders StepProof values in AssertJ failure messages: JSON trees as compact JSON ({@code {"total":20}}),
 * executions as how they ended and the states they entered. Every other value goes to the fallback
 * representation. StepProof's assertions use it by default, wrapped around the representation configured at
 * the time; use it for other assertions with {@code assertThat(node).withRepresentation(new JsonRepresentation())}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class JsonRepresentation implements Representation {

    private final Representation fallback;

    /** Falls back to AssertJ's {@link StandardRepresentation}. */
    public JsonRepresentation() {
        this(StandardRepresentation.STANDARD_REPRESENTATION);
    }

    /** @param fallback renders values that are not JSON or executions; never null */
    public JsonRepresentation(Representation fallback) {
        this.fallback = Objects.requireNonNull(fallback, "fallback must not be null");
    }

    /** @return compact JSON for a {@link JsonNode}, a summary for an {@link Execution}, else the fallback's text */
    @Override
    public String toStringOf(Object object) {
        if (object instanceof JsonNode) {
            return Json.compact((JsonNode) object);
        }
        if (object instanceof Execution) {
            Execution execution = (Execution) object;
            return Outcomes.of(execution, Json::compact) + "; path: " + execution.history().statesEntered();
        }
        return fallback.toStringOf(object);
    }

    /** @return as {@link #toStringOf}, plus the node type and identity for JSON trees that print alike */
    @Override
    public String unambiguousToStringOf(Object object) {
        if (object instanceof JsonNode) {
            return toStringOf(object) + " (" + object.getClass().getSimpleName() + "@"
                    + Integer.toHexString(System.identityHashCode(object)) + ")";
        }
        return fallback.unambiguousToStringOf(object);
    }

    @Override
    public String toString() {
        return "JsonRepresentation[fallback=" + fallback + "]";
    }
}
