package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.internal.audit.iam.IamRequirements;

import java.util.Set;

/**
 * PERM-002: a {@code .sync} task lacks its polling (HIGH: the execution may hang), events-rule (MEDIUM: completion
 * is delayed) or cancel (LOW: a stopped execution leaves the job running and billing) permissions.
 */
final class MissingSyncPermissionRule extends MissingPermissionRule {

    MissingSyncPermissionRule(IamRequirements table) {
        super("PERM-002", AuditSeverity.HIGH, ".sync task lacks polling, events-rule or cancel permissions",
                "A .sync task polls the job, listens on a Step Functions managed EventBridge rule and stops the job "
                        + "when the execution stops; each group of permissions has its own failure mode.",
                table, Set.of("polling", "events", "cancel"));
    }

    @Override
    AuditSeverity severityOf(String group) {
        return switch (group) {
            case "polling" -> AuditSeverity.HIGH;
            case "events" -> AuditSeverity.MEDIUM;
            default -> AuditSeverity.LOW;
        };
    }

    @Override
    String consequence(String group) {
        return switch (group) {
            case "polling" -> "the execution may hang waiting for a job status it cannot read";
            case "events" -> "completion would be noticed late, by polling only";
            default -> "stopping the execution would leave the job running (and billing)";
        };
    }
}
