package dev.stepproof.toolkit.internal.audit.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.internal.audit.iam.Glob;

import java.util.ArrayList;
import java.util.List;

/**
 * OBS-003: a log destination ARN that does not end with {@code :*}, which Step Functions rejects. A
 * {@code !GetAtt LogGroup.Arn} token is fine: CloudFormation's LogGroup Arn attribute already ends with {@code :*}.
 */
final class LogDestinationRule extends SettingsRule {

    LogDestinationRule() {
        super("OBS-003", AuditSeverity.HIGH, "Log group ARN does not end with :*",
                "Step Functions requires the log group ARN in the form arn:aws:logs:region:account:log-group:name:*; "
                        + "without the :* suffix creating or updating the state machine fails.");
    }

    @Override
    List<Finding> checkSettings(AuditSubject subject) {
        List<Finding> out = new ArrayList<>();
        if (!subject.settings().loggingEnabled()) {
            return out;
        }
        JsonNode destinations = subject.settings().logging().path("Destinations");
        for (JsonNode d : destinations) {
            String arn = d.path("CloudWatchLogsLogGroup").path("LogGroupArn").asText("");
            if (!arn.isEmpty() && !arn.endsWith(":*") && !Glob.isToken(arn)) {
                out.add(at(subject, "LoggingConfiguration", defaultSeverity(), message(arn), fix(arn)));
            }
        }
        return out;
    }

    static String message(String arn) {
        return "Log destination " + arn + " does not end with ':*'.";
    }

    static String fix(String arn) {
        return "Use " + arn + ":* (or !GetAtt LogGroup.Arn).";
    }
}
