package dev.stepproof.junit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionStatus;

import java.util.function.Function;

/**
 * One wording, shared by assertion messages and the failure report, for how an execution ended. Not API.
 *
 * @since 0.1.0
 */
public final class Outcomes {

    private Outcomes() {
    }

    /**
     * @param json renders the output (assertions use their Representation, the report truncates)
     * @return e.g. {@code SUCCEEDED with output {"ok":true}} or {@code FAILED with error 'X' and cause 'Y'}
     */
    public static String of(Execution execution, Function<JsonNode, String> json) {
        if (execution.status() == ExecutionStatus.SUCCEEDED) {
            return "SUCCEEDED with output " + json.apply(execution.output());
        }
        return execution.status() + " " + errorAndCause(execution.error(), execution.cause());
    }

    /** @return e.g. {@code with error 'X' and cause 'Y'}, {@code with error 'X' and no cause}, {@code with no error} */
    public static String errorAndCause(String error, String cause) {
        String errorPart = error == null ? "with no error" : "with error '" + error + "'";
        if (error == null && cause == null) {
            return errorPart;
        }
        return errorPart + (cause == null ? " and no cause" : " and cause '" + cause + "'");
    }

    /** @return {@code 1 time}, {@code 2 times}, {@code 0 times} */
    public static String times(long count) {
        return count + (count == 1 ? " time" : " times");
    }
}
