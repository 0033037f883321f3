package dev.stepproof.toolkit.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;

/** Retry and Catch: where States.ALL may appear. */
final class ErrorHandlingCheck {
    private final StateCheck state;

    ErrorHandlingCheck(StateCheck state) {
        this.state = state;
    }

    void run() {
        check("Retry", "retrier");
        check("Catch", "catcher");
    }

    private void check(String field, String noun) {
        JsonNode list = state.state().get(field);
        if (list == null || !list.isArray()) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode errors = list.get(i).get("ErrorEquals");
            if (errors == null || !errors.isArray()) {
                continue;
            }
            boolean all = false;
            for (JsonNode e : errors) {
                all |= e.isTextual() && "States.ALL".equals(e.textValue());
            }
            String at = LocatedDocument.child(LocatedDocument.child(state.ptr(field), i), "ErrorEquals");
            if (all && errors.size() > 1) {
                state.findings().error(Codes.STATES_ALL_POSITION, at, "State '" + state.name() + "' " + field + "[" + i
                                + "].ErrorEquals combines 'States.ALL' with other errors; 'States.ALL' must appear alone.",
                        "Move the other error names into an earlier " + noun + ".");
            }
            if (all && i != list.size() - 1) {
                state.findings().error(Codes.STATES_ALL_POSITION, at, "State '" + state.name() + "' " + field + "[" + i
                                + "] matches 'States.ALL' but is not the last " + noun + "; the " + noun + "s after it could never run.",
                        "Make the 'States.ALL' " + noun + " the last one.");
            }
        }
    }
}
