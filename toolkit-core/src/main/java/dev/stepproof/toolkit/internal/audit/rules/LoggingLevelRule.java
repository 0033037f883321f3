package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;

import java.util.List;

/** OBS-002: logging enabled at FATAL only, below the ERROR minimum. */
final class LoggingLevelRule extends SettingsRule {

    LoggingLevelRule() {
        super("OBS-002", AuditSeverity.LOW, "Logging level below ERROR",
                "FATAL logs only executions that fail as a whole; caught errors and retries stay invisible. Use ERROR or ALL.");
    }

    @Override
    List<Finding> checkSettings(AuditSubject subject) {
        if (!subject.settings().loggingEnabled()) {
            return List.of();
        }
        String level = subject.settings().logging().path("Level").asText();
        return level.equals("FATAL") ? List.of(at(subject, "LoggingConfiguration", defaultSeverity(),
                message(subject.name(), level), fix())) : List.of();
    }

    static String message(String machine, String level) {
        return "State machine '" + machine + "' logs at level " + level + ", below the ERROR minimum.";
    }

    static String fix() {
        return "Set Level to ERROR (or ALL).";
    }
}
