package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.internal.audit.iam.IamRequirements;
import dev.stepproof.toolkit.internal.audit.iam.Statement;

import java.util.ArrayList;
import java.util.List;

/** IAM-005: an Allow statement with {@code NotAction} or {@code NotResource}. */
final class NotActionRule extends RuleBase {

    private final IamRequirements table;

    NotActionRule(IamRequirements table) {
        super("IAM-005", AuditSeverity.HIGH, "Allow with NotAction or NotResource",
                "Allow + NotAction grants every action except the listed ones, including actions AWS adds later. "
                        + "Rewrite the statement as a positive list of actions and resources.");
        this.table = table;
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        List<Finding> out = new ArrayList<>();
        for (Statement s : Roles.allows(Roles.model(subject, table))) {
            if (s.notAction() || s.notResource()) {
                String field = s.notAction() ? "NotAction" : "NotResource";
                out.add(subject.finding(this, s.policy(), s.pointer() + "/" + field, message(s, field), fix()));
            }
        }
        return out;
    }

    static String message(Statement s, String field) {
        return s.label() + " uses Allow with " + field + ", which grants everything not listed.";
    }

    static String fix() {
        return "Rewrite it as Action and Resource lists naming what the state machine uses.";
    }
}
