package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.internal.audit.secrets.SecretDetectors;

import java.util.ArrayList;
import java.util.List;

/** SEC-003: a JWT or a high-entropy string (thresholds configurable: entropyBase64, entropyHex). */
final class SuspiciousLiteralRule extends RuleBase {

    private final SecretDetectors detectors;

    SuspiciousLiteralRule(SecretDetectors detectors) {
        super("SEC-003", AuditSeverity.MEDIUM, "JWT or high-entropy literal",
                "Tokens and random-looking strings in a definition are often credentials. If it is one, move it to "
                        + "Secrets Manager; if not, suppress the finding with a reason.");
        this.detectors = detectors;
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        List<Finding> out = new ArrayList<>();
        for (Definitions.Literal l : Definitions.literals(subject)) {
            if (detectors.credential(l.value()).isPresent()) {
                continue; // SEC-001 reports it, more severely
            }
            detectors.suspicious(l.value()).ifPresent(d ->
                    out.add(subject.finding(this, l.state(), l.pointer(), message(l, d.kind()), fix()).withEvidence(d.evidence())));
        }
        return out;
    }

    static String message(Definitions.Literal l, String kind) {
        return Definitions.where(l) + " a " + kind + ", which looks like a credential.";
    }

    static String fix() {
        return "If it is a credential, rotate it and read it at run time; otherwise suppress this finding with the reason.";
    }
}
