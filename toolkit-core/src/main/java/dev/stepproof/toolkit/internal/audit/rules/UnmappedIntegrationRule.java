package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.internal.audit.iam.IamRequirements;
import dev.stepproof.toolkit.model.TaskState;

import java.util.ArrayList;
import java.util.List;

/** PERM-010: a Task whose integration is not in the IAM table, so its permissions are not checked. */
final class UnmappedIntegrationRule extends RuleBase {

    private final IamRequirements table;

    UnmappedIntegrationRule(IamRequirements table) {
        super("PERM-010", AuditSeverity.INFO, "Integration not in StepProof's IAM table",
                "StepProof does not know which IAM actions this Task's Resource needs, so missing or excess permissions "
                        + "for it are not reported. Confirm them by hand, or extend iam-requirements.json.");
        this.table = table;
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        List<Finding> out = new ArrayList<>();
        if (!subject.roleKnown()) {
            return out;
        }
        for (TaskState task : Roles.model(subject, table).derivation().unmapped()) {
            out.add(subject.finding(this, task, task.pointer() + "/Resource", message(task), fix()));
        }
        return out;
    }

    static String message(TaskState task) {
        return "State '" + task.name() + "' calls " + task.resource() + ", whose IAM permissions StepProof does not know; they were not checked.";
    }

    static String fix() {
        return "Check the integration's IAM page in the Step Functions developer guide and grant exactly what it lists.";
    }
}
