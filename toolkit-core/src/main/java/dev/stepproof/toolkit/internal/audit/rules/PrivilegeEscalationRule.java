package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.internal.audit.iam.IamRequirements;
import dev.stepproof.toolkit.internal.audit.iam.PermissionModel;
import dev.stepproof.toolkit.internal.audit.iam.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * IAM-006: the role can grant itself more: it may change IAM policies or roles, or pass any role to a service that
 * runs code (Cloudsplaining's privilege-escalation combinations, simplified). Statements granting {@code *} are
 * IAM-001's.
 */
final class PrivilegeEscalationRule extends RuleBase {

    private static final List<String> PERMISSIONS_MANAGEMENT = List.of("iam:PutRolePolicy", "iam:AttachRolePolicy",
            "iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion", "iam:PutUserPolicy", "iam:AttachUserPolicy",
            "iam:CreateAccessKey", "iam:UpdateAssumeRolePolicy", "iam:CreateRole", "iam:AddUserToGroup");
    private static final List<String> RUNS_CODE = List.of("lambda:CreateFunction", "lambda:UpdateFunctionCode",
            "ecs:RunTask", "ecs:RegisterTaskDefinition", "ec2:RunInstances", "glue:CreateJob", "sagemaker:CreateTrainingJob",
            "cloudformation:CreateStack", "codebuild:CreateProject");

    private final IamRequirements table;

    PrivilegeEscalationRule(IamRequirements table) {
        super("IAM-006", AuditSeverity.HIGH, "Execution role can escalate its own privileges",
                "A role that can edit IAM policies, or pass any role to a service it starts with its own code, can turn "
                        + "itself into a more powerful identity. Remove the permissions-management actions; name the roles it passes.");
        this.table = table;
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        PermissionModel model = Roles.model(subject, table);
        Set<String> managing = new TreeSet<>();
        Set<String> running = new TreeSet<>();
        boolean passAny = false;
        for (Statement s : Roles.allows(model)) {
            if (s.actions().contains("*") && !s.notAction()) {
                continue;
            }
            PERMISSIONS_MANAGEMENT.stream().filter(s::appliesTo).forEach(managing::add);
            RUNS_CODE.stream().filter(s::appliesTo).forEach(running::add);
            passAny |= s.appliesTo("iam:PassRole") && (s.anyResource() || s.resources().stream().anyMatch(r -> r.endsWith(":role/*")));
        }
        List<Finding> out = new ArrayList<>();
        if (!managing.isEmpty() || passAny && !running.isEmpty()) {
            out.add(new Finding(id(), defaultSeverity(), subject.name(), null, subject.roleLocation(),
                    message(managing, passAny ? running : Set.of()), fix(), null, String.join(",", managing) + running, "", null));
        }
        return out;
    }

    static String message(Set<String> managing, Set<String> running) {
        List<String> parts = new ArrayList<>();
        if (!managing.isEmpty()) {
            parts.add("may change IAM permissions (" + String.join(", ", managing) + ")");
        }
        if (!running.isEmpty()) {
            parts.add("may pass any role to code it starts (iam:PassRole on any role with " + String.join(", ", running) + ")");
        }
        return "The execution role " + String.join(" and ", parts) + ".";
    }

    static String fix() {
        return "Remove IAM write actions from the execution role and scope iam:PassRole to the roles the tasks pass.";
    }
}
