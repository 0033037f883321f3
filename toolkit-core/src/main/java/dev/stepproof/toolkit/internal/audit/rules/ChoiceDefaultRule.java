package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.model.ChoiceState;
import dev.stepproof.toolkit.model.State;

import java.util.ArrayList;
import java.util.List;

/** RES-011: a Choice without Default fails with States.NoChoiceMatched when no rule matches. */
final class ChoiceDefaultRule extends RuleBase {

    ChoiceDefaultRule() {
        super("RES-011", AuditSeverity.MEDIUM, "Choice without Default",
                "When no rule matches, a Choice without Default fails the execution with States.NoChoiceMatched.");
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        List<Finding> out = new ArrayList<>();
        for (State s : subject.machine().allStates()) {
            if (s instanceof ChoiceState c && c.defaultState() == null) {
                out.add(subject.finding(this, s, s.pointer(), message(s), fix()));
            }
        }
        return out;
    }

    static String message(State s) {
        return "Choice '" + s.name() + "' has no Default; an input no rule matches fails the execution with States.NoChoiceMatched.";
    }

    static String fix() {
        return "Add \"Default\" naming the state for unexpected input (often a Fail state with a clear Error).";
    }
}
