package dev.stepproof.toolkit.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;

import java.util.Iterator;

/** Variable names in {@code Assign} blocks (state, Choice rules, catchers). */
final class AssignCheck {
    static final int MAX_VARIABLE_NAME = 80;

    private final StateCheck state;

    AssignCheck(StateCheck state) {
        this.state = state;
    }

    /** Checks the state's own Assign, then those of its Choice rules and catchers. */
    void run(JsonNode assign, String at) {
        names(assign, at);
        JsonNode s = state.state();
        int i = 0;
        for (JsonNode rule : Transitions.iterable(s.get("Choices"))) {
            String r = LocatedDocument.child(state.ptr("Choices"), i++);
            names(rule.get("Assign"), LocatedDocument.child(r, "Assign"));
        }
        i = 0;
        for (JsonNode catcher : Transitions.iterable(s.get("Catch"))) {
            String c = LocatedDocument.child(state.ptr("Catch"), i++);
            names(catcher.get("Assign"), LocatedDocument.child(c, "Assign"));
        }
    }

    private void names(JsonNode assign, String at) {
        if (assign == null || !assign.isObject()) {
            return;
        }
        Iterator<String> it = assign.fieldNames();
        while (it.hasNext()) {
            String key = it.next();
            String name = key.endsWith(".$") ? key.substring(0, key.length() - 2) : key;
            problem(name).ifPresent(p -> report(p.startsWith("contains")).accept(LocatedDocument.child(at, key),
                    "State '" + state.name() + "' assigns variable '" + name + "', which " + p + ".",
                    "Use a name that starts with a letter or '_' and continues with letters, digits or '_' (at most "
                            + MAX_VARIABLE_NAME + " characters), other than 'states'."));
        }
    }

    /**
     * Odd characters are a WARNING: asl-validator accepts names such as 'top-level' and AWS's rule is
     * unrecorded, but such a name cannot be read back as {@code $top-level} in JSONata (it parses as a
     * subtraction).
     */
    private TriConsumer report(boolean lenient) {
        return (at, message, hint) -> {
            if (lenient) {
                state.findings().warning(Codes.INVALID_VARIABLE_NAME, at, message, hint);
            } else {
                state.findings().error(Codes.INVALID_VARIABLE_NAME, at, message, hint);
            }
        };
    }

    @FunctionalInterface
    private interface TriConsumer {
        void accept(String at, String message, String hint);
    }

    static java.util.Optional<String> problem(String name) {
        if (name.isEmpty()) {
            return java.util.Optional.of("is empty");
        }
        if ("states".equals(name)) {
            return java.util.Optional.of("is reserved for $states");
        }
        if (name.codePointCount(0, name.length()) > MAX_VARIABLE_NAME) {
            return java.util.Optional.of("is longer than " + MAX_VARIABLE_NAME + " characters");
        }
        int first = name.codePointAt(0);
        if (!(Character.isUnicodeIdentifierStart(first) || first == '_')) {
            return java.util.Optional.of("does not start with a letter or '_'");
        }
        boolean ok = name.codePoints().skip(1).allMatch(Character::isUnicodeIdentifierPart);
        return ok ? java.util.Optional.empty() : java.util.Optional.of("contains characters other than letters, digits and '_'");
    }
}
