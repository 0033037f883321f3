package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.audit.FindingLocation;
import dev.stepproof.toolkit.internal.audit.TemplateContext;
import dev.stepproof.toolkit.internal.audit.iam.IamRequirements;
import dev.stepproof.toolkit.internal.audit.iam.PermissionModel;
import dev.stepproof.toolkit.internal.audit.iam.PermissionModel.Outcome;
import dev.stepproof.toolkit.internal.audit.iam.PermissionModel.Verdict;
import dev.stepproof.toolkit.internal.audit.iam.Requirement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The PERM family: a needed action that no statement allows (or one denies), grouped per state and feature so a
 * Task that lacks three actions gets one finding naming all three and the statement that would fix it. Each
 * subclass picks the requirement groups it reports and what the consequence is.
 */
abstract class MissingPermissionRule extends RuleBase {

    private final IamRequirements table;
    private final Set<String> groups;

    MissingPermissionRule(String id, AuditSeverity severity, String title, String help, IamRequirements table,
                          Set<String> groups) {
        super(id, severity, title, help);
        this.table = table;
        this.groups = groups;
    }

    /** @return what happens at run time without these permissions, completing "…; " */
    abstract String consequence(String group);

    /** @return the severity of a missing permission of {@code group} */
    AuditSeverity severityOf(String group) {
        return defaultSeverity();
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        if (!subject.roleKnown()) {
            return List.of();
        }
        Map<String, List<Verdict>> byPlace = new LinkedHashMap<>();
        for (Verdict v : Roles.model(subject, table).verdicts()) {
            if ((v.outcome() == Outcome.MISSING || v.outcome() == Outcome.DENIED) && groups.contains(v.requirement().group())) {
                Requirement r = v.requirement();
                String key = (r.state() == null ? "" : r.state().name()) + "\n" + r.feature() + "\n" + r.group();
                byPlace.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (List<Verdict> verdicts : byPlace.values()) {
            out.add(finding(subject, verdicts));
        }
        return out;
    }

    private Finding finding(AuditSubject subject, List<Verdict> verdicts) {
        Requirement first = verdicts.get(0).requirement();
        Set<String> actions = new TreeSet<>();
        Map<String, Set<String>> actionsByResource = new LinkedHashMap<>();
        List<Requirement> needed = new ArrayList<>();
        List<String> denials = new ArrayList<>();
        for (Verdict v : verdicts) {
            actions.add(v.requirement().action());
            String resource = v.resource().equals(Requirement.UNKNOWN) ? "*" : v.resource().split("\\|")[0];
            actionsByResource.computeIfAbsent(resource, k -> new TreeSet<>()).add(v.requirement().action());
            needed.add(new Requirement(v.requirement().state(), v.requirement().feature(), v.requirement().group(),
                    v.requirement().action(), List.of(v.resource()), v.requirement().condition(), v.requirement().pointer(), false));
            if (v.outcome() == Outcome.DENIED) {
                denials.add(v.why());
            }
        }
        String message = message(first, actionsByResource, denials) + "; " + consequence(first.group()) + ".";
        return new Finding(id(), severityOf(first.group()), subject.name(),
                first.state() == null ? null : first.state().name(), location(subject, first), message,
                "Add to the execution role's policy:", Json.pretty(PermissionModel.policy(needed).get("Statement")),
                first.feature() + " " + String.join(",", actions), "", null);
    }

    static String message(Requirement r, Map<String, Set<String>> actionsByResource, List<String> denials) {
        String who = r.state() == null ? "The state machine's " + r.feature() + " setting"
                : "State '" + r.state().name() + "' (" + r.feature() + ")";
        List<String> parts = new ArrayList<>();
        actionsByResource.forEach((resource, actions) -> parts.add(String.join(", ", actions) + " on " + resource));
        return who + " needs " + String.join("; ", parts)
                + ", but the execution role " + (denials.isEmpty() ? "does not allow it" : "denies it: " + String.join("; ", denials))
                + (r.byRule() ? " (action derived from the aws-sdk naming rule)" : "");
    }

    private static FindingLocation location(AuditSubject subject, Requirement r) {
        if (r.pointer() != null) {
            return subject.locate(r.pointer());
        }
        String property = switch (r.group()) {
            case "logging" -> "/Properties/LoggingConfiguration";
            case "tracing" -> "/Properties/TracingConfiguration";
            case "kms" -> "/Properties/EncryptionConfiguration";
            default -> "/Properties";
        };
        return subject.extra(TemplateContext.class).map(t -> t.resource().locate(property)).orElse(subject.roleLocation());
    }
}
