package dev.stepproof.toolkit.internal.mockconfig;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/** What one invocation of a mocked Task state answers: a {@code Return} value or a {@code Throw}n error. */
public sealed interface MockAnswer permits MockAnswer.Return, MockAnswer.Throw {

    /** @param value the task's raw result, exactly as written (may be a JSON null node, never Java null) */
    record Return(JsonNode value) implements MockAnswer {
        public Return {
            Objects.requireNonNull(value, "value");
        }
    }

    /** @param error the error name; @param cause the cause text */
    record Throw(String error, String cause) implements MockAnswer {
        public Throw {
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(cause, "cause");
        }
    }
}
