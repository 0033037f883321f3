package dev.stepproof.toolkit.internal.path;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fast path for definite paths: a loop without allocation on success. On failure it reports
 * the way Jayway does, because AWS copies Jayway's text into its error causes.
 */
final class DefiniteEvaluator {

    private DefiniteEvaluator() {
    }

    static PathResult evaluate(Step[] steps, String[] prefixes, JsonNode start) {
        JsonNode current = start;
        for (int i = 0; i < steps.length; i++) {
            Step step = steps[i];
            boolean leaf = i == steps.length - 1;
            if (step instanceof PropertyStep property) {
                if (!current.isObject()) {
                    return missing(notAnObject(property, prefixes[i], current));
                }
                if (!property.isSingle()) {
                    current = property.merge(current);
                    continue;
                }
                JsonNode child = current.get(property.name());
                if (child == null) {
                    return missing(leaf ? noResults(prefixes, steps.length) : "Missing property in path " + prefixes[i + 1]);
                }
                current = child;
            } else if (step instanceof IndexStep index) {
                if (current.isNull()) {
                    return missing("The path " + prefixes[i] + " is null");
                }
                if (!current.isArray()) {
                    return missing("Filter: " + fragment(step) + " can only be applied to arrays. Current context is: " + current);
                }
                int effective = IndexStep.resolve(index.index(), current.size());
                if (effective < 0) {
                    return missing(noResults(prefixes, steps.length));
                }
                current = current.get(effective);
            } else {
                return missing(noResults(prefixes, steps.length));
            }
        }
        return new PathResult.Found(current);
    }

    private static PathResult missing(String reason) {
        return new PathResult.Missing(reason);
    }

    private static String noResults(String[] prefixes, int length) {
        return "No results for path: " + prefixes[length];
    }

    static String notAnObject(PropertyStep step, String path, JsonNode found) {
        return "Expected to find an object with property " + fragment(step) + " in path " + path
                + " but found '" + JsonTypes.name(found) + "'. This is not a json object.";
    }

    static String fragment(Step step) {
        StringBuilder sb = new StringBuilder();
        step.appendTo(sb);
        return sb.toString();
    }
}
