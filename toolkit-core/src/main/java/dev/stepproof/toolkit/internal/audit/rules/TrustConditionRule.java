package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.audit.PolicyDocument;
import dev.stepproof.toolkit.internal.audit.iam.Statement;

import java.util.ArrayList;
import java.util.List;

/** TRUST-002: the Step Functions trust has no {@code aws:SourceAccount}/{@code aws:SourceArn} condition. */
final class TrustConditionRule extends RuleBase {

    TrustConditionRule() {
        super("TRUST-002", AuditSeverity.LOW, "Trust policy without confused-deputy conditions",
                "Without aws:SourceAccount or aws:SourceArn, any state machine in any account that names this role "
                        + "could make Step Functions assume it (the confused-deputy problem).");
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        List<Finding> out = new ArrayList<>();
        if (subject.trustPolicy().isEmpty()) {
            return out;
        }
        PolicyDocument trust = subject.trustPolicy().get();
        for (Statement s : Statement.of(List.of(trust))) {
            String principal = trust.document().at(s.pointer() + "/Principal").toString();
            String condition = s.condition() == null ? "" : s.condition().toString();
            if (s.allow() && principal.contains("states.") && !condition.contains("aws:SourceAccount")
                    && !condition.contains("aws:SourceArn")) {
                out.add(subject.finding(this, trust, s.pointer(), message(s), fix()));
            }
        }
        return out;
    }

    static String message(Statement s) {
        return s.label() + " trusts states.amazonaws.com without an aws:SourceAccount or aws:SourceArn condition.";
    }

    static String fix() {
        return "Add \"Condition\": {\"StringEquals\": {\"aws:SourceAccount\": \"<account id>\"}} "
                + "(or ArnLike aws:SourceArn with the state machine ARN).";
    }
}
