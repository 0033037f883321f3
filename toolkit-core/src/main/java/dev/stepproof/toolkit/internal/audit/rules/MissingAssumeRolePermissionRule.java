package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.internal.audit.iam.IamRequirements;

import java.util.Set;

/** PERM-008: Task Credentials role cannot be assumed. */
final class MissingAssumeRolePermissionRule extends MissingPermissionRule {

    MissingAssumeRolePermissionRule(IamRequirements table) {
        super("PERM-008", AuditSeverity.HIGH, "Task Credentials role cannot be assumed", "A Task with Credentials.RoleArn runs as that role: the execution role needs sts:AssumeRole on it (and the target role must trust it).", table, Set.of("credentials"));
    }

    @Override
    String consequence(String group) {
        return "the task would fail with States.Permissions";
    }
}
