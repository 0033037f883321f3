package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.model.Catcher;
import dev.stepproof.toolkit.model.QueryLanguage;
import dev.stepproof.toolkit.model.State;

import java.util.ArrayList;
import java.util.List;

/** RES-009: a JSONPath Catch without ResultPath: the error object replaces the state's whole input. */
final class CatchDiscardsInputRule extends RuleBase {

    CatchDiscardsInputRule() {
        super("RES-009", AuditSeverity.MEDIUM, "Catch without ResultPath discards the input",
                "Without ResultPath a catcher's output is just {Error, Cause}: the handler loses the order, the ids and "
                        + "everything else it needs to compensate or report.");
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        List<Finding> out = new ArrayList<>();
        for (State s : subject.machine().allStates()) {
            if (subject.machine().effectiveQueryLanguage(s) != QueryLanguage.JSONPATH) {
                continue;
            }
            for (int i = 0; i < s.catchers().size(); i++) {
                Catcher c = s.catchers().get(i);
                if (c.resultPath().isAbsent()) {
                    out.add(subject.finding(this, s, s.pointer() + "/Catch/" + i, message(s, i, c), fix()));
                }
            }
        }
        return out;
    }

    static String message(State s, int index, Catcher c) {
        return "State '" + s.name() + "' Catch[" + index + "] has no ResultPath, so '" + c.next()
                + "' receives only the error, not the state's input.";
    }

    static String fix() {
        return "Add \"ResultPath\": \"$.error\" to keep the input and add the error beside it.";
    }
}
