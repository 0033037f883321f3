package dev.stepproof.toolkit.internal.path;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A trailing path function such as {@code .length()}. Jayway parses these, so AWS accepts them in a
 * definition, but at run time AWS reports the path as not found (a recorded {@code $.Jobs.sum()} failed
 * with "could not be found in the input"); so this step never selects anything.
 *
 * @param name      the function name, e.g. {@code length}
 * @param arguments the raw text between the parentheses
 */
record FunctionStep(String name, String arguments) implements Step {

    @Override
    public void select(JsonNode node, int next, Walker walker) {
        // Selects nothing, by design: see the class comment.
    }

    @Override
    public boolean isDefinite(boolean leaf) {
        return true;
    }

    @Override
    public boolean scanMatches(JsonNode node, boolean leaf) {
        return false;
    }

    @Override
    public void appendTo(StringBuilder sb) {
        sb.append('.').append(name).append('(').append(arguments).append(')');
    }
}
