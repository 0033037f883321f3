package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.internal.audit.iam.Glob;
import dev.stepproof.toolkit.internal.audit.iam.IamRequirements;
import dev.stepproof.toolkit.internal.audit.iam.PermissionModel;
import dev.stepproof.toolkit.internal.audit.iam.Requirement;
import dev.stepproof.toolkit.internal.audit.iam.Statement;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** What the IAM, LP and PERM rules share: the permission model and a few judgements about actions. */
final class Roles {

    private static final Pattern EFFECTIVELY_STAR = Pattern.compile(
            "arn:[^:]*:(?!s3:)[^:]*:" + Glob.REGION_ACCOUNT + "(\\*|[A-Za-z-]+[/:]\\*)|arn:[^:]*:s3:::\\*|arn:\\*.*");
    private static final Set<String> READ_VERBS = Set.of("get", "list", "describe", "head", "batchget", "query",
            "scan", "lookup", "search", "select", "retrieve", "view", "check");

    private Roles() {
    }

    static PermissionModel model(AuditSubject subject, IamRequirements table) {
        return PermissionModel.of(subject, table);
    }

    /** @return Allow statements, not NotAction */
    static List<Statement> allows(PermissionModel model) {
        return model.statements().stream().filter(Statement::allow).toList();
    }

    /** @return whether the resource pattern grants every resource of a type (or everything) */
    static boolean effectivelyStar(String resource) {
        return resource.equals("*") || EFFECTIVELY_STAR.matcher(resource).matches();
    }

    /** @return whether the action only reads (Get*, List*, Describe*, …) */
    static boolean readOnly(String action) {
        String name = action.substring(action.indexOf(':') + 1).toLowerCase(Locale.ROOT);
        return READ_VERBS.stream().anyMatch(name::startsWith);
    }

    /** @return the needed actions the pattern matches, sorted */
    static Set<String> neededMatching(PermissionModel model, String pattern) {
        Set<String> out = new TreeSet<>();
        for (Requirement r : model.requirements()) {
            if (Glob.matchesAction(pattern, r.action())) {
                out.add(r.action());
            }
        }
        return out;
    }
}
