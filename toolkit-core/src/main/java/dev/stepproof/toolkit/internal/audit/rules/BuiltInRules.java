package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditConfig;
import dev.stepproof.toolkit.audit.AuditRule;
import dev.stepproof.toolkit.internal.audit.iam.IamRequirements;

import java.util.List;

/** The built-in rules, in report order: definition, role, permissions, least privilege, secrets, resilience, observability. */
public final class BuiltInRules {

    private BuiltInRules() {
    }

    /**
     * @param config thresholds for the rules that have them
     * @param table  the IAM requirement table, shared by the IAM, PERM and LP rules
     * @return one instance of every built-in rule
     */
    public static List<AuditRule> all(AuditConfig config, IamRequirements table) {
        return List.of(
                new WildcardActionRule(table),
                new ServiceWildcardRule(table),
                new StarResourceRule(table),
                new PassRoleRule(table),
                new NotActionRule(table),
                new ExposureActionRule(table),
                new BroadManagedPolicyRule(),
                new TrustPrincipalRule(),
                new TrustConditionRule(),
                new MissingCallPermissionRule(table),
                new MissingSyncPermissionRule(table),
                new MissingMapPermissionRule(table),
                new MissingHttpPermissionRule(table),
                new MissingLoggingPermissionRule(table),
                new MissingTracingPermissionRule(table),
                new MissingKmsPermissionRule(table),
                new MissingAssumeRolePermissionRule(table),
                new MissingPassRolePermissionRule(table),
                new UnmappedIntegrationRule(table),
                new UnconfirmedPermissionRule(table),
                new UnusedActionRule(table),
                new UnusedResourceRule(table),
                new NotAnalysable());
    }
}
