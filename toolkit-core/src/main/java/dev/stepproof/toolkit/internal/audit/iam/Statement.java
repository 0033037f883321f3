package dev.stepproof.toolkit.internal.audit.iam;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.audit.FindingLocation;
import dev.stepproof.toolkit.audit.PolicyDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * One statement of an identity policy, normalised: {@code Action}/{@code NotAction} and
 * {@code Resource}/{@code NotResource} as lists, whichever form the policy used.
 *
 * @param policy      the document it belongs to
 * @param pointer     its pointer inside the document ({@code /Statement/0}, or {@code /Statement} when single)
 * @param sid         {@code Sid}, or null
 * @param allow       Effect Allow (false: Deny)
 * @param actions     the action patterns
 * @param notAction   whether {@code actions} came from NotAction
 * @param resources   the resource patterns ({@code *} when the statement names none)
 * @param notResource whether {@code resources} came from NotResource
 * @param condition   {@code Condition}, or null; StepProof does not evaluate conditions
 */
public record Statement(PolicyDocument policy, String pointer, String sid, boolean allow, List<String> actions,
                        boolean notAction, List<String> resources, boolean notResource, JsonNode condition) {

    public Statement {
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
    }

    /** @return every statement of the documents, in order */
    public static List<Statement> of(List<PolicyDocument> policies) {
        List<Statement> out = new ArrayList<>();
        for (PolicyDocument policy : policies) {
            JsonNode statements = policy.document().path("Statement");
            if (statements.isArray()) {
                for (int i = 0; i < statements.size(); i++) {
                    out.add(parse(policy, "/Statement/" + i, statements.get(i)));
                }
            } else if (statements.isObject()) {
                out.add(parse(policy, "/Statement", statements));
            }
        }
        return List.copyOf(out);
    }

    private static Statement parse(PolicyDocument policy, String pointer, JsonNode s) {
        boolean notAction = !s.has("Action") && s.has("NotAction");
        boolean notResource = !s.has("Resource") && s.has("NotResource");
        List<String> actions = strings(s.path(notAction ? "NotAction" : "Action"));
        List<String> resources = strings(s.path(notResource ? "NotResource" : "Resource"));
        if (resources.isEmpty() && !notResource) {
            resources = List.of("*");
        }
        JsonNode condition = s.has("Condition") ? s.get("Condition") : null;
        String sid = s.hasNonNull("Sid") ? s.get("Sid").asText() : null;
        return new Statement(policy, pointer, sid, !"Deny".equals(s.path("Effect").asText()), actions, notAction,
                resources, notResource, condition);
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isTextual()) {
            out.add(node.asText());
        } else if (node.isArray()) {
            node.forEach(n -> {
                if (n.isTextual()) {
                    out.add(n.asText());
                }
            });
        }
        return out;
    }

    /** @return whether the statement applies to {@code action} (NotAction inverts) */
    public boolean appliesTo(String action) {
        boolean listed = actions.stream().anyMatch(p -> Glob.matchesAction(p, action));
        return notAction != listed;
    }

    /** @return whether the statement surely applies to every resource {@code required} stands for */
    public boolean covers(String required) {
        if (notResource) {
            return resources.stream().noneMatch(p -> Glob.intersects(p, required));
        }
        return resources.stream().anyMatch(p -> Glob.covers(p, required));
    }

    /** @return whether the statement may apply to some resource {@code required} stands for */
    public boolean mayCover(String required) {
        if (notResource) {
            return resources.stream().noneMatch(p -> Glob.covers(p, required));
        }
        return resources.stream().anyMatch(p -> Glob.intersects(p, required));
    }

    /** @return whether Resource is {@code *} (any resource) */
    public boolean anyResource() {
        return !notResource && resources.contains("*");
    }

    /** @return a short name for messages: {@code role-policy.json Statement[1] (Sid 'Invoke')} */
    public String label() {
        String index = pointer.startsWith("/Statement/") ? "[" + pointer.substring(11) + "]" : "";
        return policy.name() + " Statement" + index + (sid == null ? "" : " (Sid '" + sid + "')");
    }

    /** @return where the statement is in the user's file */
    public FindingLocation location() {
        return policy.locate(pointer);
    }
}
