package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.internal.audit.iam.IamRequirements;

import java.util.Set;

/** PERM-007: Customer-managed key configured but KMS permissions missing. */
final class MissingKmsPermissionRule extends MissingPermissionRule {

    MissingKmsPermissionRule(IamRequirements table) {
        super("PERM-007", AuditSeverity.HIGH, "Customer-managed key configured but KMS permissions missing", "A state machine encrypted with a customer-managed key needs kms:Decrypt and kms:GenerateDataKey on it (with the state machine's encryption context) to run.", table, Set.of("kms"));
    }

    @Override
    String consequence(String group) {
        return "executions could not encrypt or decrypt their data and would fail";
    }
}
