package dev.stepproof.toolkit.internal.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.spi.TaskInvocation;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A user's predicate holds on the effective parameters. A predicate that throws does not match: the exception
 * is reported in the near-miss message instead of escaping into the interpreter, where it would look like a
 * failure of the task itself.
 *
 * @param predicate never null
 * @param label     the DSL call, e.g. {@code when("amount over 100")} or {@code when(predicate)}
 */
public record PredicateCriterion(Predicate<JsonNode> predicate, String label) implements Criterion {

    public PredicateCriterion {
        Objects.requireNonNull(predicate, "predicate must not be null");
        Objects.requireNonNull(label, "label");
    }

    @Override
    public Optional<Mismatch> test(TaskInvocation call) {
        try {
            return predicate.test(call.parameters()) ? Optional.empty()
                    : Optional.of(new Mismatch(label + " returned false", 1));
        } catch (RuntimeException e) {
            return Optional.of(new Mismatch(label + " threw " + e.getClass().getSimpleName() + ": " + e.getMessage(), 1));
        }
    }
}
