package dev.stepproof.toolkit.internal.mock;

import dev.stepproof.toolkit.internal.text.EditDistance;

import dev.stepproof.toolkit.spi.TaskInvocation;

import java.util.Objects;
import java.util.Optional;

/**
 * The call comes from the Task state with exactly this name.
 *
 * @param name  the state name, never null
 * @param label the DSL call, e.g. {@code forState("Charge")}
 */
public record StateNameCriterion(String name, String label) implements Criterion {

    /** Names further apart than this are not worth calling a typo. */
    private static final int TYPO_EDITS = 3;

    public StateNameCriterion {
        Objects.requireNonNull(name, "stateName must not be null");
        Objects.requireNonNull(label, "label");
    }

    @Override
    public Optional<Mismatch> test(TaskInvocation call) {
        if (name.equals(call.stateName())) {
            return Optional.empty();
        }
        int edits = EditDistance.between(name, call.stateName());
        String hint = edits > TYPO_EDITS ? "" : " (" + edits + (edits == 1 ? " edit" : " edits") + " apart)";
        return Optional.of(new Mismatch("state name expected '" + name + "' but was '" + call.stateName() + "'" + hint, edits));
    }
}
