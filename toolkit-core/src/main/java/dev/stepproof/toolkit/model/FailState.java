package dev.stepproof.toolkit.model;

import java.util.Objects;

/**
 * A {@code Fail} state: fails its workflow. Always terminal. All four fields are optional in AWS; in JSONata
 * {@code error} and {@code cause} may be {@code {% %}} expressions.
 *
 * @param error     {@code Error}, or null
 * @param errorPath {@code ErrorPath} (JSONPath: reference path or intrinsic), or null
 * @param cause     {@code Cause}, or null
 * @param causePath {@code CausePath} (JSONPath: reference path or intrinsic), or null
 * @since 0.1.0
 */
public record FailState(String name, String pointer, String comment, QueryLanguage queryLanguage,
                        String error, String errorPath, String cause, String causePath) implements State {

    public FailState {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pointer, "pointer");
    }

    @Override
    public StateType type() {
        return StateType.FAIL;
    }

    @Override
    public boolean isTerminal() {
        return true;
    }

    @Override
    public <R> R accept(StateVisitor<R> visitor) {
        return visitor.visitFail(this);
    }
}
