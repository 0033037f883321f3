package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.internal.audit.iam.Glob;
import dev.stepproof.toolkit.internal.audit.iam.IamRequirements;
import dev.stepproof.toolkit.internal.audit.iam.PermissionModel;
import dev.stepproof.toolkit.internal.audit.iam.Requirement;
import dev.stepproof.toolkit.internal.audit.iam.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * IAM-007: actions that expose credentials or data (Cloudsplaining's CredentialsExposure and DataExfiltration
 * lists) allowed on every resource, when IAM-003 does not already report them.
 */
final class ExposureActionRule extends RuleBase {

    static final List<String> EXPOSING = List.of("secretsmanager:GetSecretValue", "ssm:GetParameter",
            "ssm:GetParameters", "ssm:GetParametersByPath", "s3:GetObject", "sts:AssumeRole", "kms:Decrypt",
            "ecr:GetAuthorizationToken", "iam:CreateAccessKey", "redshift:GetClusterCredentials", "sts:GetSessionToken");

    private final IamRequirements table;

    ExposureActionRule(IamRequirements table) {
        super("IAM-007", AuditSeverity.MEDIUM, "Credential- or data-exposing action on any resource",
                "GetSecretValue, GetParameter, GetObject or AssumeRole on \"*\" lets the workflow read every secret, "
                        + "parameter or object in the account. Scope them to what the definition reads.");
        this.table = table;
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        List<Finding> out = new ArrayList<>();
        PermissionModel model = Roles.model(subject, table);
        for (Statement s : Roles.allows(model)) {
            if (s.notAction() || !s.anyResource() || s.actions().contains("*")) {
                continue;
            }
            Set<String> exposed = new TreeSet<>();
            for (String action : EXPOSING) {
                if (s.appliesTo(action) && !scopedElsewhere(model, action)) {
                    exposed.add(action);
                }
            }
            if (!exposed.isEmpty()) {
                out.add(subject.finding(this, s.policy(), s.pointer() + "/Resource", message(s, exposed), fix()));
            }
        }
        return out;
    }

    /** IAM-003 already reports an exposing action the definition needs on a derivable resource. */
    private static boolean scopedElsewhere(PermissionModel model, String action) {
        return model.requirements().stream().anyMatch(r -> r.derivable() && Glob.matchesAction(r.action(), action));
    }

    static String message(Statement s, Set<String> actions) {
        return s.label() + " allows " + String.join(", ", actions) + " on every resource, which exposes every "
                + "secret, parameter, object or role they can reach.";
    }

    static String fix() {
        return "Scope these actions to the secrets, parameters, buckets or roles the definition uses, or remove them.";
    }
}
