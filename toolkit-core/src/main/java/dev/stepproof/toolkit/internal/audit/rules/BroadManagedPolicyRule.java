package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** IAM-009: an AWS-managed broad policy (AdministratorAccess, PowerUserAccess, *FullAccess) on the role. */
final class BroadManagedPolicyRule extends RuleBase {

    private static final Pattern BROAD = Pattern.compile(".*:policy/(.*/)?(AdministratorAccess|PowerUserAccess|[A-Za-z0-9]*FullAccess[A-Za-z0-9]*)");

    BroadManagedPolicyRule() {
        super("IAM-009", AuditSeverity.HIGH, "Broad AWS-managed policy attached to the execution role",
                "AdministratorAccess, PowerUserAccess and *FullAccess policies grant far more than a workflow calls. "
                        + "Replace them with an inline policy generated from the definition.");
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        List<Finding> out = new ArrayList<>();
        for (String arn : subject.managedPolicyArns()) {
            if (BROAD.matcher(arn).matches()) {
                out.add(new Finding(id(), defaultSeverity(), subject.name(), null, subject.roleLocation(),
                        message(subject.name(), arn), fix(), null, arn, "", null));
            }
        }
        return out;
    }

    static String message(String machine, String arn) {
        return "The execution role of '" + machine + "' has the managed policy " + arn + " attached.";
    }

    static String fix() {
        return "Detach it and grant the least-privilege policy StepProof derives from the definition (see IAM-003/LP findings or the report's policy).";
    }
}
