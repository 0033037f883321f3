package dev.stepproof.toolkit.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Objects;

/**
 * A {@code Parallel} state: runs every branch on the same input; the result is the array of branch outputs
 * in {@code Branches} order. Absent values are null, see the package documentation.
 *
 * @param branches {@code Branches}, in order; never null
 * @since 0.1.0
 */
public record ParallelState(String name, String pointer, String comment, QueryLanguage queryLanguage,
                            Transition transition, PathField inputPath, PathField outputPath,
                            List<Workflow> branches, JsonNode parameters, JsonNode arguments,
                            JsonNode resultSelector, PathField resultPath, JsonNode assign, JsonNode output,
                            List<Retrier> retriers, List<Catcher> catchers) implements State {

    public ParallelState {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pointer, "pointer");
        transition = Objects.requireNonNullElse(transition, Transition.NONE);
        inputPath = Objects.requireNonNullElse(inputPath, PathField.ABSENT);
        outputPath = Objects.requireNonNullElse(outputPath, PathField.ABSENT);
        resultPath = Objects.requireNonNullElse(resultPath, PathField.ABSENT);
        branches = ModelCopies.list(branches);
        parameters = ModelCopies.json(parameters);
        arguments = ModelCopies.json(arguments);
        resultSelector = ModelCopies.json(resultSelector);
        assign = ModelCopies.json(assign);
        output = ModelCopies.json(output);
        retriers = ModelCopies.list(retriers);
        catchers = ModelCopies.list(catchers);
    }

    @Override
    public StateType type() {
        return StateType.PARALLEL;
    }

    @Override
    public List<Workflow> nestedWorkflows() {
        return branches;
    }

    @Override
    public <R> R accept(StateVisitor<R> visitor) {
        return visitor.visitParallel(this);
    }
}
