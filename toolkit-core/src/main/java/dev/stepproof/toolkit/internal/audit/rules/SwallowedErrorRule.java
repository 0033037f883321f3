package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.model.Catcher;
import dev.stepproof.toolkit.model.State;
import dev.stepproof.toolkit.model.StateType;
import dev.stepproof.toolkit.model.Workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * RES-010: a {@code States.ALL} catcher that leads straight to a Succeed state (or a Pass state that ends the
 * workflow): every error, including bugs, ends in a successful execution nobody is alerted to.
 */
final class SwallowedErrorRule extends RuleBase {

    SwallowedErrorRule() {
        super("RES-010", AuditSeverity.LOW, "Catch-all handler swallows errors",
                "Catching States.ALL and going straight to Succeed turns every failure, bugs included, into a successful "
                        + "execution: no alarm fires and nobody looks. Fail, notify or record the error instead.");
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        List<Finding> out = new ArrayList<>();
        check(subject, subject.machine().asWorkflow(), out);
        return out;
    }

    private void check(AuditSubject subject, Workflow workflow, List<Finding> out) {
        Map<String, State> states = workflow.states();
        for (State s : states.values()) {
            for (int i = 0; i < s.catchers().size(); i++) {
                Catcher c = s.catchers().get(i);
                State target = c.next() == null ? null : states.get(c.next());
                boolean swallows = target != null && (target.type() == StateType.SUCCEED
                        || target.type() == StateType.PASS && target.transition().end());
                if (c.errorEquals().contains("States.ALL") && swallows) {
                    out.add(subject.finding(this, s, s.pointer() + "/Catch/" + i, message(s, i, target), fix()));
                }
            }
            s.nestedWorkflows().forEach(w -> check(subject, w, out));
        }
    }

    static String message(State s, int index, State target) {
        return "State '" + s.name() + "' Catch[" + index + "] sends every error to " + target.type().aslName() + " state '"
                + target.name() + "', so failures end as successful executions.";
    }

    static String fix() {
        return "Route the catcher to a Fail state, or notify/record the error before succeeding.";
    }
}
