package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;

import java.util.List;

/** OBS-005: no customer-managed KMS key (INFO; raise it in regulated projects with a severity override). */
final class CustomerKeyRule extends SettingsRule {

    CustomerKeyRule() {
        super("OBS-005", AuditSeverity.INFO, "No customer-managed encryption key",
                "Step Functions encrypts definitions and history with an AWS-owned key by default; a customer-managed "
                        + "key lets you control and audit access. Required by some regulated profiles.");
    }

    @Override
    List<Finding> checkSettings(AuditSubject subject) {
        return subject.settings().customerManagedKey() ? List.of()
                : List.of(at(subject, "EncryptionConfiguration", defaultSeverity(), message(subject.name()), fix()));
    }

    static String message(String machine) {
        return "State machine '" + machine + "' is encrypted with an AWS-owned key, not a customer-managed one.";
    }

    static String fix() {
        return "Add EncryptionConfiguration {Type: CUSTOMER_MANAGED_KMS_KEY, KmsKeyId: ...} and the KMS permissions PERM-007 lists.";
    }
}
