package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.audit.MachineSettings;
import dev.stepproof.toolkit.internal.audit.TemplateContext;
import dev.stepproof.toolkit.internal.audit.secrets.TaintAnalysis;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * SEC-012: secrets flow through the machine and its logging includes execution data, so they are copied to
 * CloudWatch Logs. (checkov's CKV_AWS_285 asks for IncludeExecutionData: true; suppress it with this reason.)
 */
final class SecretInLogsRule extends RuleBase {

    SecretInLogsRule() {
        super("SEC-012", AuditSeverity.HIGH, "Secrets flow while logging includes execution data",
                "With IncludeExecutionData: true every state's input and output goes to CloudWatch Logs, secrets included. "
                        + "Set it to false for this machine, or keep secrets out of state data.");
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        MachineSettings settings = subject.settings();
        if (!settings.loggingEnabled() || !settings.logging().path("IncludeExecutionData").asBoolean(false)) {
            return List.of();
        }
        Set<String> origins = new TreeSet<>();
        TaintAnalysis.of(subject).flows().forEach(f -> origins.addAll(f.origins()));
        if (origins.isEmpty()) {
            return List.of();
        }
        // SAM calls the property Logging; a missing pointer falls back to the nearest located ancestor.
        var location = subject.extra(TemplateContext.class)
                .map(t -> t.resource().locate("/Properties/LoggingConfiguration"))
                .orElse(subject.locate(""));
        return List.of(new Finding(id(), defaultSeverity(), subject.name(), null, location,
                message(subject.name(), origins), fix(), null, "logging", "", null));
    }

    static String message(String machine, Set<String> origins) {
        return "State machine '" + machine + "' logs execution data (IncludeExecutionData: true) while secrets from "
                + origins + " flow through its states.";
    }

    static String fix() {
        return "Set IncludeExecutionData to false (and suppress checkov CKV_AWS_285 with this reason), or remove the secrets from state data.";
    }
}
