package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.internal.audit.iam.IamRequirements;
import dev.stepproof.toolkit.internal.audit.iam.PermissionModel;
import dev.stepproof.toolkit.internal.audit.iam.Statement;

import java.util.ArrayList;
import java.util.List;

/** IAM-001: an Allow statement with {@code Action: "*"}. */
final class WildcardActionRule extends RuleBase {

    private final IamRequirements table;

    WildcardActionRule(IamRequirements table) {
        super("IAM-001", AuditSeverity.CRITICAL, "Execution role allows every action",
                "An execution role with Action \"*\" can do anything the account can; a compromised or buggy workflow "
                        + "becomes an administrator. Grant the actions the definition needs (the finding prints them).");
        this.table = table;
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        List<Finding> out = new ArrayList<>();
        PermissionModel model = Roles.model(subject, table);
        for (Statement s : Roles.allows(model)) {
            if (!s.notAction() && (s.actions().contains("*") || s.actions().contains("*:*"))) {
                out.add(subject.finding(this, s.policy(), s.pointer() + "/Action", message(s), fix())
                        .withPolicySnippet(Json.pretty(model.leastPrivilegePolicy())));
            }
        }
        return out;
    }

    static String message(Statement s) {
        return s.label() + " allows every action (\"*\") on " + String.join(", ", s.resources()) + ".";
    }

    static String fix() {
        return "Replace the role's policy with the least-privilege policy the definition needs:";
    }
}
