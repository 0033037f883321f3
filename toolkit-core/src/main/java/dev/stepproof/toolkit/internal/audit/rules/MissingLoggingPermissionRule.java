package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.internal.audit.iam.IamRequirements;

import java.util.Set;

/** PERM-005: Logging enabled but log-delivery permissions missing. */
final class MissingLoggingPermissionRule extends MissingPermissionRule {

    MissingLoggingPermissionRule(IamRequirements table) {
        super("PERM-005", AuditSeverity.HIGH, "Logging enabled but log-delivery permissions missing", "With LoggingConfiguration enabled, Step Functions creates the log delivery with the execution role; without the logs:* delivery actions the machine cannot be created or updated.", table, Set.of("logging"));
    }

    @Override
    String consequence(String group) {
        return "creating or updating the state machine would fail";
    }
}
