package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.internal.audit.iam.IamRequirements;
import dev.stepproof.toolkit.internal.audit.iam.PermissionModel;
import dev.stepproof.toolkit.internal.audit.iam.Requirement;
import dev.stepproof.toolkit.internal.audit.iam.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * IAM-003: {@code Resource: "*"} (or an effectively-star ARN like {@code function:*}) for actions whose resources
 * the definition names. Where the API is not resource-scoped, or the resource comes from the input, {@code *} is
 * what AWS itself generates and is not reported. HIGH when a granted action writes, MEDIUM when it only reads.
 */
final class StarResourceRule extends RuleBase {

    private final IamRequirements table;

    StarResourceRule(IamRequirements table) {
        super("IAM-003", AuditSeverity.MEDIUM, "Resource \"*\" where the definition names the resources",
                "Granting an action on every resource lets the workflow touch tables, queues or functions it never "
                        + "names. Scope each statement to the ARNs the definition uses (the finding prints the policy).");
        this.table = table;
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        List<Finding> out = new ArrayList<>();
        PermissionModel model = Roles.model(subject, table);
        for (Statement s : Roles.allows(model)) {
            if (s.notResource() || s.actions().contains("*") || s.resources().stream().noneMatch(Roles::effectivelyStar)) {
                continue; // Action "*" is IAM-001's, with the same policy in its fix
            }
            Set<String> actions = new TreeSet<>();
            Set<String> resources = new TreeSet<>();
            for (Requirement r : model.requirements()) {
                if (r.derivable() && s.appliesTo(r.action())) {
                    actions.add(r.action());
                    r.resources().forEach(res -> resources.add(res.split("\\|")[0]));
                }
            }
            if (actions.isEmpty()) {
                continue;
            }
            boolean writes = actions.stream().anyMatch(a -> !Roles.readOnly(a));
            String star = s.resources().stream().filter(Roles::effectivelyStar).findFirst().orElse("*");
            out.add(subject.finding(this, s.policy(), s.pointer() + "/Resource", message(s, star, actions, resources),
                            fix())
                    .withSeverity(writes ? AuditSeverity.HIGH : AuditSeverity.MEDIUM)
                    .withPolicySnippet(Json.pretty(model.leastPrivilegePolicy())));
        }
        return out;
    }

    static String message(Statement s, String star, Set<String> actions, Set<String> resources) {
        return s.label() + " allows " + String.join(", ", actions) + " on '" + star
                + "', but the definition only uses " + String.join(", ", resources) + ".";
    }

    static String fix() {
        return "Scope the statement to the resources used; the least-privilege policy for this state machine is:";
    }
}
