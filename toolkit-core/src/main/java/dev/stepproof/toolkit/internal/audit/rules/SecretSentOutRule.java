package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.internal.audit.secrets.TaintAnalysis;

import java.util.Set;

/** SEC-011: a secret reaches an outbound payload: a message, event, item, HTTP body, object or child execution. */
final class SecretSentOutRule extends TaintRule {

    SecretSentOutRule() {
        super("SEC-011", AuditSeverity.CRITICAL, "Secret value sent out of the workflow",
                "A secret in an SNS message, SQS message, EventBridge event, DynamoDB item, HTTP body, S3 object or child "
                        + "execution input is copied to places with their own readers and retention. Send a reference "
                        + "(the secret's ARN) instead. Only the configuration file or a baseline can suppress this rule.",
                Set.of(TaintAnalysis.Sink.OUTBOUND));
    }

    @Override
    String message(TaintAnalysis.Flow flow, String origins) {
        return "State '" + flow.state().name() + "' sends a secret from " + origins + " in its " + flow.detail() + ".";
    }

    @Override
    String fix(TaintAnalysis.Flow flow) {
        return "Send the secret's ARN (or nothing) and let the receiver read the secret itself.";
    }
}
