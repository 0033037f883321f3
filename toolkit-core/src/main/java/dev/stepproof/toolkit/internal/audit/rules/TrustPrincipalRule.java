package dev.stepproof.toolkit.internal.audit.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.audit.PolicyDocument;
import dev.stepproof.toolkit.internal.audit.iam.Statement;

import java.util.ArrayList;
import java.util.List;

/** TRUST-001: the execution role can be assumed by principals other than Step Functions. */
final class TrustPrincipalRule extends RuleBase {

    TrustPrincipalRule() {
        super("TRUST-001", AuditSeverity.HIGH, "Execution role trusted by principals other than Step Functions",
                "A role that anyone, another account or another service can assume lends the workflow's permissions "
                        + "to them. Trust only states.amazonaws.com.");
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        List<Finding> out = new ArrayList<>();
        if (subject.trustPolicy().isEmpty()) {
            return out;
        }
        PolicyDocument trust = subject.trustPolicy().get();
        for (Statement s : Statement.of(List.of(trust))) {
            JsonNode principal = trust.document().at(s.pointer() + "/Principal");
            List<String> others = others(principal);
            if (s.allow() && !others.isEmpty()) {
                out.add(subject.finding(this, trust, s.pointer() + "/Principal", message(s, others), fix()));
            }
        }
        return out;
    }

    /** @return every principal that is not the Step Functions service */
    static List<String> others(JsonNode principal) {
        List<String> out = new ArrayList<>();
        if (principal.isTextual()) {
            out.add(principal.asText());
            return out;
        }
        principal.properties().forEach(e -> {
            List<String> values = new ArrayList<>();
            if (e.getValue().isArray()) {
                e.getValue().forEach(v -> values.add(v.asText()));
            } else {
                values.add(e.getValue().asText());
            }
            for (String v : values) {
                boolean states = e.getKey().equals("Service") && v.matches("states(\\.[a-z0-9-]+)?\\.amazonaws\\.com");
                if (!states) {
                    out.add(e.getKey() + " " + v);
                }
            }
        });
        return out;
    }

    static String message(Statement s, List<String> others) {
        return s.label() + " lets " + String.join(", ", others) + " assume the execution role.";
    }

    static String fix() {
        return "Trust only {\"Service\": \"states.amazonaws.com\"}.";
    }
}
