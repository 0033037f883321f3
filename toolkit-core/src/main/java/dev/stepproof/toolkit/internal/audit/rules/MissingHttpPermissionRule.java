package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.internal.audit.iam.IamRequirements;

import java.util.Set;

/** PERM-004: HTTP Task lacks connection, secret or InvokeHTTPEndpoint permissions. */
final class MissingHttpPermissionRule extends MissingPermissionRule {

    MissingHttpPermissionRule(IamRequirements table) {
        super("PERM-004", AuditSeverity.HIGH, "HTTP Task lacks connection, secret or InvokeHTTPEndpoint permissions", "An HTTP Task needs events:RetrieveConnectionCredentials on its connection, secretsmanager:GetSecretValue and DescribeSecret on the connection's secret, and states:InvokeHTTPEndpoint.", table, Set.of("http"));
    }

    @Override
    String consequence(String group) {
        return "the HTTP Task would fail (Events.ConnectionResource.AccessDenied or States.Permissions)";
    }
}
