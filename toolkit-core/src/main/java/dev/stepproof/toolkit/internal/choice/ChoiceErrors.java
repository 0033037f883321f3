package dev.stepproof.toolkit.internal.choice;

import dev.stepproof.toolkit.internal.dataflow.StatesError;

/**
 * Runtime failures of Choice rules. AWS's wording for a missing Variable is not recorded (ASL-SEMANTICS §6.3);
 * the text below is the one the semantics notes recommend, kept in one place so that a recording can replace it.
 */
final class ChoiceErrors {

    private ChoiceErrors() {
    }

    /** The {@code Variable} (or a {@code …Path} operand) {@code path} selects nothing. */
    static StatesError invalidPath(String path) {
        return StatesError.runtime("Invalid path '" + path + "': The choice state's condition path references an invalid value.");
    }
}
