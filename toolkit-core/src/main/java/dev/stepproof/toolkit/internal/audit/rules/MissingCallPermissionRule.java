package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.internal.audit.iam.IamRequirements;

import java.util.Set;

/** PERM-001: Task lacks the permission its integration needs. */
final class MissingCallPermissionRule extends MissingPermissionRule {

    MissingCallPermissionRule(IamRequirements table) {
        super("PERM-001", AuditSeverity.HIGH, "Task lacks the permission its integration needs", "The Task fails with States.Permissions the first time it runs. The finding names the state and prints the statement to add.", table, Set.of("call"));
    }

    @Override
    String consequence(String group) {
        return "the task would fail with States.Permissions";
    }
}
