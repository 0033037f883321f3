package dev.stepproof.toolkit.internal.audit.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepproof.toolkit.audit.AuditSubject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The comparison of what the machine needs with what its role grants, three-valued as IAM analysis without
 * conditions, permission boundaries or SCPs must be: ALLOWED, DENIED, MISSING, or UNKNOWN (a condition, a resource
 * only known at run time, a template value StepProof cannot resolve, a managed policy it cannot read).
 */
public final class PermissionModel {

    /** How one needed action on one resource fares. */
    public enum Outcome { ALLOWED, DENIED, MISSING, UNKNOWN }

    /**
     * @param requirement what is needed
     * @param resource    the resource (or {@code a|b} alternatives) this verdict is about
     * @param outcome     the result
     * @param why         for DENIED and UNKNOWN: the reason, naming the statement; otherwise empty
     */
    public record Verdict(Requirement requirement, String resource, Outcome outcome, String why) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final IamRequirements.Derivation derivation;
    private final List<Statement> statements;
    private final List<String> unreadableManaged;
    private final List<Verdict> verdicts;
    private final ArnContext context;

    private PermissionModel(IamRequirements.Derivation derivation, List<Statement> statements,
                            List<String> unreadableManaged, ArnContext context) {
        this.derivation = derivation;
        this.statements = statements;
        this.unreadableManaged = unreadableManaged;
        this.context = context;
        List<Verdict> out = new ArrayList<>();
        for (Requirement r : derivation.requirements()) {
            for (String resource : r.resources()) {
                out.add(evaluate(r, resource));
            }
        }
        this.verdicts = List.copyOf(out);
    }

    /** @return the model of {@code subject}, computed once per subject */
    public static PermissionModel of(AuditSubject subject, IamRequirements table) {
        return subject.memo(PermissionModel.class, s -> {
            ArnContext context = s.extra(ArnContext.class).orElse(ArnContext.unknown(s.settings().arn()));
            List<Statement> statements = new ArrayList<>(Statement.of(s.policies()));
            List<String> unreadable = new ArrayList<>();
            for (String arn : s.managedPolicyArns()) {
                if (!arn.endsWith(":policy/AdministratorAccess")) {
                    unreadable.add(arn);
                }
            }
            return new PermissionModel(table.derive(s, context), List.copyOf(statements), List.copyOf(unreadable), context);
        });
    }

    /** @return the requirements */
    public List<Requirement> requirements() {
        return derivation.requirements();
    }

    /** @return Tasks whose integration the table does not know */
    public IamRequirements.Derivation derivation() {
        return derivation;
    }

    /** @return the role's statements */
    public List<Statement> statements() {
        return statements;
    }

    /** @return one verdict per needed action and resource */
    public List<Verdict> verdicts() {
        return verdicts;
    }

    /** @return the ARN context requirements were derived with */
    public ArnContext context() {
        return context;
    }

    private Verdict evaluate(Requirement r, String resource) {
        String action = r.action();
        List<String> alternatives = Arrays.asList(resource.split("\\|"));
        boolean unknownResource = resource.equals(Requirement.UNKNOWN);
        for (Statement s : statements) {
            if (!s.allow() && s.appliesTo(action) && s.condition() == null
                    && (s.anyResource() || !unknownResource && alternatives.stream().allMatch(s::covers))) {
                return new Verdict(r, resource, Outcome.DENIED, s.label() + " denies it");
            }
        }
        Statement conditional = null;
        Statement partial = null;
        for (Statement s : statements) {
            if (!s.allow() || !s.appliesTo(action)) {
                continue;
            }
            boolean covered = unknownResource ? s.anyResource() : alternatives.stream().anyMatch(s::covers);
            if (covered && s.condition() == null) {
                return denyMayApply(r, resource, alternatives);
            }
            if (covered) {
                conditional = s;
            } else if (unknownResource || alternatives.stream().anyMatch(s::mayCover)) {
                partial = s;
            }
        }
        if (conditional != null) {
            return new Verdict(r, resource, Outcome.UNKNOWN, conditional.label() + " allows it only under a Condition, which StepProof does not evaluate");
        }
        if (partial != null) {
            return new Verdict(r, resource, Outcome.UNKNOWN, unknownResource
                    ? "the resource is only known at run time and " + partial.label() + " allows " + action + " on " + partial.resources()
                    : partial.label() + " allows " + action + " on " + partial.resources() + ", which may or may not include it");
        }
        if (!unreadableManaged.isEmpty()) {
            return new Verdict(r, resource, Outcome.UNKNOWN, "it may be granted by " + unreadableManaged + ", whose contents StepProof cannot read");
        }
        return new Verdict(r, resource, Outcome.MISSING, "");
    }

    private Verdict denyMayApply(Requirement r, String resource, List<String> alternatives) {
        for (Statement s : statements) {
            if (!s.allow() && s.appliesTo(r.action())
                    && (resource.equals(Requirement.UNKNOWN) || alternatives.stream().anyMatch(s::mayCover))) {
                return new Verdict(r, resource, Outcome.UNKNOWN, s.label() + " may deny it"
                        + (s.condition() != null ? " (its Condition is not evaluated)" : ""));
            }
        }
        return new Verdict(r, resource, Outcome.ALLOWED, "");
    }

    /** @return the smallest policy that grants every requirement: one statement per resource set and condition */
    public ObjectNode leastPrivilegePolicy() {
        return policy(requirements());
    }

    /** @return a policy granting exactly {@code requirements} */
    public static ObjectNode policy(List<Requirement> requirements) {
        Map<String, TreeSet<String>> actionsByScope = new LinkedHashMap<>();
        Map<String, Requirement> sample = new LinkedHashMap<>();
        for (Requirement r : requirements) {
            String key = scopeOf(r) + "\n" + (r.condition() == null ? "" : r.condition().toString());
            actionsByScope.computeIfAbsent(key, k -> new TreeSet<>()).add(r.action());
            sample.putIfAbsent(key, r);
        }
        ObjectNode policy = NODES.objectNode();
        policy.put("Version", "2012-10-17");
        ArrayNode list = policy.putArray("Statement");
        for (Map.Entry<String, TreeSet<String>> e : actionsByScope.entrySet()) {
            ObjectNode s = list.addObject();
            s.put("Effect", "Allow");
            ArrayNode actions = s.putArray("Action");
            e.getValue().forEach(actions::add);
            ArrayNode resources = s.putArray("Resource");
            for (String res : scopeOf(sample.get(e.getKey())).split("\n")) {
                resources.add(res);
            }
            JsonNode condition = sample.get(e.getKey()).condition();
            if (condition != null) {
                s.set("Condition", condition.deepCopy());
            }
        }
        return policy;
    }

    /** Unknown resources become {@code *}, as AWS's console-generated policies do; alternatives take the first. */
    private static String scopeOf(Requirement r) {
        TreeSet<String> resources = new TreeSet<>();
        for (String res : r.resources()) {
            resources.add(res.equals(Requirement.UNKNOWN) ? "*" : res.split("\\|")[0]);
        }
        return resources.contains("*") ? "*" : String.join("\n", resources);
    }
}
