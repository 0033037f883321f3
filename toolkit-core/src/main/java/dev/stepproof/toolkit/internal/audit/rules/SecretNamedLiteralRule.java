package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.internal.audit.secrets.SecretDetectors;

import java.util.ArrayList;
import java.util.List;

/** SEC-002: a key named like a secret (password, token, apiKey, client_secret…) with a literal value. */
final class SecretNamedLiteralRule extends RuleBase {

    SecretNamedLiteralRule() {
        super("SEC-002", AuditSeverity.HIGH, "Secret-named field with a literal value",
                "A field called password, token, apiKey or secret that holds a literal is almost always a credential "
                        + "in the definition. Pass a reference (a Secrets Manager ARN) and read the value where it is used.");
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        List<Finding> out = new ArrayList<>();
        for (Definitions.Literal l : Definitions.literals(subject)) {
            if (!l.key().endsWith(".$") && SecretDetectors.secretKey(l.key()) && SecretDetectors.literalSecretValue(l.value())
                    && !httpCredential(l)) {
                out.add(subject.finding(this, l.state(), l.pointer(), message(l), fix()).withEvidence(l.pointer()));
            }
        }
        return out;
    }

    /** SEC-004 reports HTTP Task headers and query parameters, with advice specific to connections. */
    private static boolean httpCredential(Definitions.Literal l) {
        return l.state() instanceof dev.stepproof.toolkit.model.TaskState t && Tasks.resource(t).contains(":::http:invoke")
                && (l.pointer().contains("/Headers/") || l.pointer().contains("/QueryParameters/"));
    }

    static String message(Definitions.Literal l) {
        return Definitions.where(l) + " a literal value; the key names a secret.";
    }

    static String fix() {
        return "Store the value in Secrets Manager and pass its ARN, or use an EventBridge connection for HTTP credentials.";
    }
}
