package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditConfig;
import dev.stepproof.toolkit.audit.AuditRule;
import dev.stepproof.toolkit.internal.audit.iam.IamRequirements;
import dev.stepproof.toolkit.internal.audit.secrets.SecretDetectors;
import dev.stepproof.toolkit.internal.catalogue.IntegrationCatalogue;

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
        SecretDetectors detectors = new SecretDetectors(config.threshold("entropyBase64", 4.5),
                config.threshold("entropyHex", 3.0));
        return List.of(
                new ValidatorDiagnosticsRule(),
                new CallbackTokenRule(),
                new NotAnalysable(),
                new WildcardActionRule(table),
                new ServiceWildcardRule(table),
                new StarResourceRule(table),
                new PassRoleRule(table),
                new NotActionRule(table),
                new PrivilegeEscalationRule(table),
                new ExposureActionRule(table),
                new ResourceTypeMismatchRule(table),
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
                new LiteralCredentialRule(detectors),
                new SecretNamedLiteralRule(),
                new SuspiciousLiteralRule(detectors),
                new HttpCredentialRule(),
                new DeployTimeSecretRule(),
                new SecretInHistoryRule(),
                new SecretSentOutRule(),
                new SecretInLogsRule(),
                new SecretInFailRule(),
                new LambdaRetryRule(),
                new TaskRetryRule(IntegrationCatalogue.standard()),
                new CallbackTimeoutRule(),
                new UnboundedRetryRule((int) config.threshold("retryMaxAttempts", 5)),
                new FanOutJitterRule(),
                new VolatileRetriedPayloadRule(),
                new CatchDiscardsInputRule(),
                new SwallowedErrorRule(),
                new ChoiceDefaultRule(),
                new MapConcurrencyRule(),
                new NonRetryableErrorRule(),
                new ExecutionTimeoutRule(),
                new LoggingDisabledRule(),
                new LoggingLevelRule(),
                new LogDestinationRule(),
                new TracingDisabledRule(),
                new CustomerKeyRule(),
                new ExecutionDataLoggedRule());
    }
}
