package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.model.State;

import java.util.ArrayList;
import java.util.List;

/** The definition's string values with their key and owning state, for the literal-secret rules. */
final class Definitions {

    /** A string of the definition. */
    record Literal(State state, String key, String value, String pointer) {
    }

    private Definitions() {
    }

    /** @return every string value of the definition except state names, types and transitions */
    static List<Literal> literals(AuditSubject subject) {
        List<State> states = subject.machine().allStates();
        List<Literal> out = new ArrayList<>();
        Json.strings(subject.definition(), "", "", t -> {
            if (!List.of("Type", "Next", "StartAt", "Default", "Resource", "QueryLanguage").contains(t.key())) {
                out.add(new Literal(owner(states, t.pointer()), t.key(), t.value(), t.pointer()));
            }
        });
        return out;
    }

    /** @return the innermost state whose pointer encloses {@code pointer}, or null */
    static State owner(List<State> states, String pointer) {
        State best = null;
        for (State s : states) {
            if ((pointer.equals(s.pointer()) || pointer.startsWith(s.pointer() + "/"))
                    && (best == null || s.pointer().length() > best.pointer().length())) {
                best = s;
            }
        }
        return best;
    }

    /** @return {@code State 'X' field Y} or {@code The definition's field Y} */
    static String where(Literal l) {
        return (l.state() == null ? "The definition" : "State '" + l.state().name() + "'") + " has in '" + l.key() + "'";
    }
}
