package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.internal.audit.iam.Glob;
import dev.stepproof.toolkit.internal.audit.iam.IamRequirements;
import dev.stepproof.toolkit.internal.audit.iam.PermissionModel;
import dev.stepproof.toolkit.internal.audit.iam.Statement;

import java.util.ArrayList;
import java.util.List;

/** IAM-004: {@code iam:PassRole} on any role, or without an {@code iam:PassedToService} condition. */
final class PassRoleRule extends RuleBase {

    private final IamRequirements table;

    PassRoleRule(IamRequirements table) {
        super("IAM-004", AuditSeverity.HIGH, "iam:PassRole on any role or to any service",
                "PassRole on \"*\" lets the workflow hand any role in the account to a service it starts (an ECS task, "
                        + "a SageMaker job): a privilege escalation path. Name the roles and add an iam:PassedToService condition.");
        this.table = table;
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        List<Finding> out = new ArrayList<>();
        PermissionModel model = Roles.model(subject, table);
        for (Statement s : Roles.allows(model)) {
            boolean explicit = !s.notAction() && s.actions().stream()
                    .anyMatch(a -> !a.equals("*") && !a.equals("*:*") && Glob.matchesAction(a, "iam:PassRole"));
            if (!explicit) {
                continue;
            }
            boolean anyRole = s.notResource() || s.resources().stream().anyMatch(r -> r.equals("*") || r.endsWith(":role/*"));
            boolean unconditioned = s.condition() == null || !s.condition().toString().contains("iam:PassedToService");
            if (anyRole || unconditioned) {
                out.add(subject.finding(this, s.policy(), s.pointer(), message(s, anyRole, unconditioned), fix()));
            }
        }
        return out;
    }

    static String message(Statement s, boolean anyRole, boolean unconditioned) {
        return s.label() + " allows iam:PassRole"
                + (anyRole ? " on any role" : "")
                + (anyRole && unconditioned ? " and" : "")
                + (unconditioned ? " without an iam:PassedToService condition" : "") + ".";
    }

    static String fix() {
        return "Name the roles the tasks pass (ECS task and execution roles, SageMaker/EMR roles) and add "
                + "\"Condition\": {\"StringEquals\": {\"iam:PassedToService\": \"ecs-tasks.amazonaws.com\"}} (or the service concerned).";
    }
}
