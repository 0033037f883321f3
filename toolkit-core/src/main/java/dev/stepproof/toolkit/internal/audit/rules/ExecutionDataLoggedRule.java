package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;

import java.util.List;

/** OBS-006: logs include execution data (inputs and outputs); decide per data class (SEC-012 when secrets flow). */
final class ExecutionDataLoggedRule extends SettingsRule {

    ExecutionDataLoggedRule() {
        super("OBS-006", AuditSeverity.INFO, "Logs include execution data",
                "IncludeExecutionData copies every state's input and output to CloudWatch Logs, where retention and readers "
                        + "differ from the execution history. Fine for non-sensitive data; SEC-012 reports it when secrets flow.");
    }

    @Override
    List<Finding> checkSettings(AuditSubject subject) {
        boolean included = subject.settings().loggingEnabled()
                && subject.settings().logging().path("IncludeExecutionData").asBoolean(false);
        return included ? List.of(at(subject, "LoggingConfiguration", defaultSeverity(), message(subject.name()), fix())) : List.of();
    }

    static String message(String machine) {
        return "State machine '" + machine + "' logs execution data (IncludeExecutionData: true).";
    }

    static String fix() {
        return "Keep it only if the data in this workflow may be kept in CloudWatch Logs.";
    }
}
