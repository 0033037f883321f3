package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.internal.audit.iam.IamRequirements;

import java.util.Set;

/** PERM-006: Tracing enabled but X-Ray permissions missing. */
final class MissingTracingPermissionRule extends MissingPermissionRule {

    MissingTracingPermissionRule(IamRequirements table) {
        super("PERM-006", AuditSeverity.MEDIUM, "Tracing enabled but X-Ray permissions missing", "With X-Ray tracing enabled the role needs xray:PutTraceSegments, PutTelemetryRecords, GetSamplingRules and GetSamplingTargets; without them traces are silently lost.", table, Set.of("tracing"));
    }

    @Override
    String consequence(String group) {
        return "traces would not be recorded";
    }
}
