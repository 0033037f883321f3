package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.internal.audit.iam.IamRequirements;

import java.util.Set;

/** PERM-009: iam:PassRole missing for the roles a task passes. */
final class MissingPassRolePermissionRule extends MissingPermissionRule {

    MissingPassRolePermissionRule(IamRequirements table) {
        super("PERM-009", AuditSeverity.HIGH, "iam:PassRole missing for the roles a task passes", "ECS, SageMaker, EMR and EKS tasks pass roles to the service they start; without iam:PassRole the call is rejected.", table, Set.of("passRole"));
    }

    @Override
    String consequence(String group) {
        return "the task would fail with States.Permissions when it passes its task or execution role";
    }
}
