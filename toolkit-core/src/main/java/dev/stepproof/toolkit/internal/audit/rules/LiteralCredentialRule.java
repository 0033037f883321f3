package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.internal.audit.secrets.SecretDetectors;

import java.util.ArrayList;
import java.util.List;

/** SEC-001: an AWS access key id, private key block or vendor token written into the definition. */
final class LiteralCredentialRule extends RuleBase {

    private final SecretDetectors detectors;

    LiteralCredentialRule(SecretDetectors detectors) {
        super("SEC-001", AuditSeverity.CRITICAL, "Credential written into the definition",
                "A definition is readable by anyone with states:DescribeStateMachine and is stored in templates and "
                        + "repositories; a key in it is leaked. Rotate the credential, then read it at run time from "
                        + "Secrets Manager (or use an EventBridge connection for HTTP Tasks). Only the configuration file "
                        + "or a baseline can suppress this rule.");
        this.detectors = detectors;
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        List<Finding> out = new ArrayList<>();
        for (Definitions.Literal l : Definitions.literals(subject)) {
            detectors.credential(l.value()).ifPresent(d ->
                    out.add(subject.finding(this, l.state(), l.pointer(), message(l, d.kind()), fix()).withEvidence(d.evidence())));
        }
        return out;
    }

    static String message(Definitions.Literal l, String kind) {
        return Definitions.where(l) + " a literal " + kind + ".";
    }

    static String fix() {
        return "Rotate the credential now; then fetch it at run time (Secrets Manager, an EventBridge connection) instead of writing it into the definition.";
    }
}
