package dev.stepproof.toolkit.internal.path;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One compiled element of a path after its root ({@code .name}, {@code [0]}, {@code [*]}, …).
 * Each step knows how to select from a node, whether it can select more than one node, and how it
 * prints in Jayway's normalized form, which AWS quotes in its error causes.
 */
sealed interface Step permits PropertyStep, IndexStep, SliceStep, WildcardStep, ScanStep, FilterStep, FunctionStep {

    /** Passes every node this step selects from {@code node} on to {@code walker.walk(next, selected)}. */
    void select(JsonNode node, int next, Walker walker);

    /**
     * @param leaf whether this step is the last of the path
     * @return whether the step selects at most one node
     */
    boolean isDefinite(boolean leaf);

    /** Whether a preceding deep scan ({@code ..}) should apply this step at {@code node}. */
    boolean scanMatches(JsonNode node, boolean leaf);

    /** Appends the normalized form, e.g. {@code ['a']} or {@code [0]}. */
    void appendTo(StringBuilder sb);
}
