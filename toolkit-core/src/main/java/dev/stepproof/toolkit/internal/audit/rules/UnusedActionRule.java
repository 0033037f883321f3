package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.internal.audit.iam.Glob;
import dev.stepproof.toolkit.internal.audit.iam.IamRequirements;
import dev.stepproof.toolkit.internal.audit.iam.PermissionModel;
import dev.stepproof.toolkit.internal.audit.iam.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * LP-001: allowed actions no state and no setting uses; a statement of nothing but those is unused as a whole.
 * For a bare definition the machine's settings are unknown, so logging, X-Ray and KMS actions are given the
 * benefit of the doubt.
 */
final class UnusedActionRule extends RuleBase {

    private static final Set<String> SETTING_PREFIXES = Set.of("logs:", "xray:", "kms:");

    private final IamRequirements table;

    UnusedActionRule(IamRequirements table) {
        super("LP-001", AuditSeverity.MEDIUM, "Permission no state or setting uses",
                "Every permission the workflow does not use is one an attacker or a bug can. Remove unused actions and statements.");
        this.table = table;
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        List<Finding> out = new ArrayList<>();
        PermissionModel model = Roles.model(subject, table);
        for (Statement s : Roles.allows(model)) {
            if (s.notAction() || s.actions().contains("*")) {
                continue;
            }
            List<String> unused = new ArrayList<>();
            for (String action : s.actions()) {
                boolean used = model.requirements().stream().anyMatch(r -> Glob.matchesAction(action, r.action()));
                boolean settingOfUnknownMachine = !subject.settings().known()
                        && SETTING_PREFIXES.stream().anyMatch(p -> action.toLowerCase(java.util.Locale.ROOT).startsWith(p));
                if (!used && !settingOfUnknownMachine) {
                    unused.add(action);
                }
            }
            if (!unused.isEmpty()) {
                boolean whole = unused.size() == s.actions().size();
                out.add(subject.finding(this, s.policy(), whole ? s.pointer() : s.pointer() + "/Action",
                                message(s, unused, whole), fix(whole))
                        .withEvidence(s.policy().name() + s.pointer() + String.join(",", unused)));
            }
        }
        return out;
    }

    static String message(Statement s, List<String> unused, boolean whole) {
        return whole ? s.label() + " grants only actions no state or setting uses (" + String.join(", ", unused) + ")."
                : s.label() + " grants " + String.join(", ", unused) + ", which no state or setting uses.";
    }

    static String fix(boolean whole) {
        return whole ? "Remove the statement." : "Remove the unused actions from the statement.";
    }
}
