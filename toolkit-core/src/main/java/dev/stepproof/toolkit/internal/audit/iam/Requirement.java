package dev.stepproof.toolkit.internal.audit.iam;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.model.State;

import java.util.List;

/**
 * One action the execution role needs, on which resources, and why.
 *
 * @param state     the Task (or Map) that needs it, or null for machine features (logging, tracing, KMS)
 * @param feature   what needs it: the integration ({@code lambda:invoke}, {@code aws-sdk:s3:getObject}) or the
 *                  feature ({@code logging}); never null
 * @param group     the requirement group of the data table ({@code call}, {@code polling}, ...)
 * @param action    the IAM action, as AWS spells it
 * @param resources each entry is one resource (pattern) needed; an entry with {@code |} lists alternatives of
 *                  which one suffices; {@link #UNKNOWN} when the resource comes from the input or cannot be
 *                  derived; {@code *} when the API is not resource-scoped
 * @param condition the condition a least-privilege statement should carry, or null
 * @param pointer   the definition pointer to report at (the Task's Resource); null for template features
 * @param byRule    whether the action was derived by the aws-sdk naming rule rather than listed in the table
 */
public record Requirement(State state, String feature, String group, String action, List<String> resources,
                          JsonNode condition, String pointer, boolean byRule) {

    /** Marks a resource that cannot be known before run time. */
    public static final String UNKNOWN = "?";

    public Requirement {
        resources = List.copyOf(resources);
    }

    /** @return whether every needed resource is known (so a policy can be scoped to them) */
    public boolean derivable() {
        return !resources.isEmpty() && resources.stream().noneMatch(r -> r.equals(UNKNOWN) || r.equals("*"));
    }

    /** @return whether the API is not resource-scoped, so {@code *} is the right grant */
    public boolean starScoped() {
        return resources.contains("*");
    }
}
