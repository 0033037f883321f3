package dev.stepproof.toolkit.internal.path;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * A compiled JSONPath with Jayway JsonPath semantics, as AWS Step Functions uses them: {@code $…} (state
 * input), {@code $$…} (context object) or {@code $name…} (a variable), followed by {@code .name},
 * {@code ['name']}, {@code [n]}, {@code [*]}, {@code ..}, slices, unions and {@code [?(…)]} filters.
 *
 * <p>Compile once with {@link #compile(String)}, evaluate many times: instances are immutable and
 * thread-safe, and evaluation uses neither regular expressions (filter patterns are compiled here)
 * nor reflection.
 */
public final class JsonPathExpr {

    private final String text;
    private final RootKind root;
    private final String variable;
    private final Step[] steps;
    private final boolean definite;
    /** {@code prefixes[i]}: normalized text of the root and the first i steps, for failure messages. */
    private final String[] prefixes;

    JsonPathExpr(String text, RootKind root, String variable, List<Step> steps) {
        this.text = text;
        this.root = root;
        this.variable = variable;
        this.steps = steps.toArray(new Step[0]);
        this.definite = allDefinite(this.steps);
        this.prefixes = prefixes(root, variable, this.steps);
    }

    /**
     * @param text the path, e.g. {@code $.orders[0]['unit price']}; null is reported as an error
     * @return the compiled path, or the first syntax error with its offset; never throws
     */
    public static Parsed<JsonPathExpr> compile(String text) {
        return PathParser.compile(text);
    }

    private static boolean allDefinite(Step[] steps) {
        for (int i = 0; i < steps.length; i++) {
            if (!steps[i].isDefinite(i == steps.length - 1)) {
                return false;
            }
        }
        return true;
    }

    private static String[] prefixes(RootKind root, String variable, Step[] steps) {
        String[] result = new String[steps.length + 1];
        StringBuilder sb = new StringBuilder(rootText(root, variable));
        result[0] = sb.toString();
        for (int i = 0; i < steps.length; i++) {
            steps[i].appendTo(sb);
            result[i + 1] = sb.toString();
        }
        return result;
    }

    private static String rootText(RootKind root, String variable) {
        switch (root) {
            case CONTEXT: return "$$";
            case VARIABLE: return "$" + variable;
            case CURRENT: return "@";
            default: return "$";
        }
    }

    /** @return the path exactly as written */
    public String text() {
        return text;
    }

    public RootKind root() {
        return root;
    }

    /** @return the variable name without {@code $} when {@link #root()} is {@link RootKind#VARIABLE}, else null */
    public String variableName() {
        return variable;
    }

    /** @return whether the path addresses at most one node (only names and single indexes) */
    public boolean isDefinite() {
        return definite;
    }

    /**
     * @return whether this is a Reference Path: only single names and single indexes, so that it
     *         identifies one node and can be written to
     */
    public boolean isReferencePath() {
        for (Step step : steps) {
            boolean single = step instanceof PropertyStep p ? p.isSingle() : step instanceof IndexStep i && i.isSingle();
            if (!single) {
                return false;
            }
        }
        return true;
    }

    List<Step> steps() {
        return List.of(steps);
    }

    /**
     * Evaluates against {@code document}, which stands for whatever the root designates ({@code $}
     * inside filters refers to it too).
     *
     * @return the node, {@link PathResult.Missing} for a definite path that does not resolve, or an
     *         array of matches (possibly empty) for an indefinite path
     */
    public PathResult evaluate(JsonNode document) {
        return evaluateAt(document, document);
    }

    /** Evaluates against the root the path names: the input, the context object or a variable. */
    public PathResult evaluate(PathRoots roots) {
        switch (root) {
            case CONTEXT:
                return evaluate(roots.context());
            case VARIABLE:
                JsonNode value = roots.variable(variable);
                return value == null ? new PathResult.Missing("Undefined variable: $" + variable) : evaluate(value);
            default:
                return evaluate(roots.input());
        }
    }

    PathResult evaluateAt(JsonNode start, JsonNode document) {
        if (definite) {
            return DefiniteEvaluator.evaluate(steps, prefixes, start);
        }
        return new PathResult.Found(new Walker(steps, document).run(start));
    }

    /**
     * Writes {@code value} where this Reference Path points, creating missing intermediate objects
     * (ResultPath semantics). Mutates {@code document}: copying it first is the caller's job.
     *
     * @return the updated document ({@code value} itself for {@code $}), or why it does not fit
     */
    public SetResult set(JsonNode document, JsonNode value) {
        if (!isReferencePath()) {
            return new SetResult.Failed("Only a reference path (names and single indexes) can be written to, not '" + text + "'");
        }
        return PathSetter.set(steps, prefixes, document, value);
    }

    /** @return Jayway's normalized form, e.g. {@code $['a']['b'][0]} */
    @Override
    public String toString() {
        return prefixes[steps.length];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonPathExpr other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
