package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.internal.audit.iam.IamRequirements;
import dev.stepproof.toolkit.internal.audit.iam.PermissionModel;
import dev.stepproof.toolkit.internal.audit.iam.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * IAM-002: a service-wide or verb-wide action wildcard ({@code dynamodb:*}, {@code s3:Get*}). Narrow globs such
 * as SAM's {@code sqs:SendMessage*} are left alone: they expand to a couple of closely related actions.
 */
final class ServiceWildcardRule extends RuleBase {

    private static final int NARROW_PREFIX = 7;

    private final IamRequirements table;

    ServiceWildcardRule(IamRequirements table) {
        super("IAM-002", AuditSeverity.HIGH, "Execution role uses a service-wide action wildcard",
                "A wildcard such as dynamodb:* or s3:Get* grants dozens of actions, including ones that delete data "
                        + "or change permissions. List the exact actions the definition calls.");
        this.table = table;
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        List<Finding> out = new ArrayList<>();
        PermissionModel model = Roles.model(subject, table);
        for (Statement s : Roles.allows(model)) {
            if (s.notAction()) {
                continue;
            }
            for (int i = 0; i < s.actions().size(); i++) {
                String action = s.actions().get(i);
                if (broad(action)) {
                    Set<String> needed = Roles.neededMatching(model, action);
                    String pointer = s.pointer() + "/Action" + (s.policy().document().at(s.pointer() + "/Action").isArray() ? "/" + i : "");
                    out.add(subject.finding(this, s.policy(), pointer, message(s, action, needed), fix(action, needed))
                            .withEvidence(s.policy().name() + s.pointer() + action));
                }
            }
        }
        return out;
    }

    static boolean broad(String action) {
        int colon = action.indexOf(':');
        if (colon < 0 || action.equals("*:*")) {
            return false; // "*" is IAM-001
        }
        String name = action.substring(colon + 1);
        int star = name.indexOf('*');
        return star >= 0 && star < NARROW_PREFIX;
    }

    static String message(Statement s, String action, Set<String> needed) {
        return s.label() + " allows '" + action + "', but the state machine needs "
                + (needed.isEmpty() ? "none of those actions." : "only " + String.join(", ", needed) + ".");
    }

    static String fix(String action, Set<String> needed) {
        return needed.isEmpty() ? "Remove '" + action + "'."
                : "Replace '" + action + "' with " + String.join(", ", needed) + ".";
    }
}
