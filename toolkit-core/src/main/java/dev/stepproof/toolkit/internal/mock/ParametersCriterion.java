package dev.stepproof.toolkit.internal.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.spi.TaskInvocation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The effective parameters contain {@code expected} (see {@link JsonSubset} for what "contain" means).
 *
 * @param expected the partial document, deep-copied by the caller so later changes to the user's node do not leak in
 * @param label    the DSL call, e.g. {@code withParameters({"TableName":"orders"})}
 */
public record ParametersCriterion(JsonNode expected, String label) implements Criterion {

    /** The message shows this many differences; the distance still counts all of them. */
    private static final int SHOWN = 3;

    public ParametersCriterion {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(label, "label");
    }

    @Override
    public Optional<Mismatch> test(TaskInvocation call) {
        List<String> differences = JsonSubset.differences(expected, call.parameters());
        if (differences.isEmpty()) {
            return Optional.empty();
        }
        String shown = String.join(", ", differences.subList(0, Math.min(SHOWN, differences.size())));
        String more = differences.size() > SHOWN ? ", and " + (differences.size() - SHOWN) + " more" : "";
        return Optional.of(new Mismatch("parameters " + shown + more, differences.size()));
    }
}
