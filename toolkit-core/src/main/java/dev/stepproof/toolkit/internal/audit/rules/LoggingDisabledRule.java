package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.WorkflowType;
import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;

import java.util.List;

/** OBS-001: no logging, or Level OFF (HIGH for EXPRESS machines, whose only history is the log). */
final class LoggingDisabledRule extends SettingsRule {

    LoggingDisabledRule() {
        super("OBS-001", AuditSeverity.MEDIUM, "Logging disabled",
                "Without CloudWatch Logs there is no record of failures beyond the (STANDARD-only) execution history; "
                        + "EXPRESS executions leave no trace at all. Enable logging at ERROR or ALL.");
    }

    @Override
    List<Finding> checkSettings(AuditSubject subject) {
        if (subject.settings().loggingEnabled()) {
            return List.of();
        }
        boolean express = subject.settings().type() == WorkflowType.EXPRESS;
        return List.of(at(subject, "LoggingConfiguration", express ? AuditSeverity.HIGH : AuditSeverity.MEDIUM,
                message(subject.name(), express), fix()));
    }

    static String message(String machine, boolean express) {
        return (express ? "EXPRESS" : "STANDARD") + " state machine '" + machine + "' has logging disabled"
                + (express ? "; EXPRESS executions have no other history." : ".");
    }

    static String fix() {
        return "Add LoggingConfiguration {Level: ERROR (or ALL), Destinations: [{CloudWatchLogsLogGroup: {LogGroupArn: !GetAtt LogGroup.Arn}}]}.";
    }
}
