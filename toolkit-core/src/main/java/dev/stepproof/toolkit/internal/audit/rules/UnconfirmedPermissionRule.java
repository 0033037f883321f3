package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.internal.audit.iam.IamRequirements;
import dev.stepproof.toolkit.internal.audit.iam.PermissionModel.Outcome;
import dev.stepproof.toolkit.internal.audit.iam.PermissionModel.Verdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PERM-012: a needed permission StepProof can neither confirm nor rule out: the allowing statement has a
 * Condition, the resource is only known at run time, a template value is unresolved, or a managed policy's
 * contents are unknown. Reported as INFO so coverage is visible without failing builds.
 */
final class UnconfirmedPermissionRule extends RuleBase {

    private final IamRequirements table;

    UnconfirmedPermissionRule(IamRequirements table) {
        super("PERM-012", AuditSeverity.INFO, "Permission could not be confirmed",
                "Conditions, permission boundaries, SCPs and values known only at deploy or run time are not evaluated; "
                        + "these permissions may or may not be granted.");
        this.table = table;
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        if (!subject.roleKnown()) {
            return List.of();
        }
        Map<String, List<Verdict>> byState = new LinkedHashMap<>();
        for (Verdict v : Roles.model(subject, table).verdicts()) {
            if (v.outcome() == Outcome.UNKNOWN) {
                String key = v.requirement().state() == null ? v.requirement().feature() : v.requirement().state().name();
                byState.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (List<Verdict> verdicts : byState.values()) {
            Verdict first = verdicts.get(0);
            var state = first.requirement().state();
            String pointer = first.requirement().pointer() == null ? "" : first.requirement().pointer();
            out.add(subject.finding(this, state, pointer, message(verdicts), fix()));
        }
        return out;
    }

    static String message(List<Verdict> verdicts) {
        Verdict first = verdicts.get(0);
        String who = first.requirement().state() == null ? "The " + first.requirement().feature() + " setting"
                : "State '" + first.requirement().state().name() + "'";
        StringBuilder sb = new StringBuilder(who).append(": cannot confirm ");
        for (int i = 0; i < verdicts.size(); i++) {
            Verdict v = verdicts.get(i);
            sb.append(i == 0 ? "" : "; ").append(v.requirement().action()).append(" (").append(v.why()).append(')');
        }
        return sb.append('.').toString();
    }

    static String fix() {
        return "Check these permissions by hand, or make the resource literal so StepProof can verify it.";
    }
}
