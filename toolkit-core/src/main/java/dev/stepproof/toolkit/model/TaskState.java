package dev.stepproof.toolkit.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Objects;

/**
 * A {@code Task} state: calls {@code Resource}. JSONPath fields ({@code InputPath}, {@code Parameters},
 * {@code ResultSelector}, {@code ResultPath}, {@code OutputPath}, {@code …Path}) and JSONata fields
 * ({@code Arguments}, {@code Output}) are both kept; which apply depends on the effective query language.
 * Absent values are null, see the package documentation.
 *
 * @param timeoutSeconds   {@code TimeoutSeconds}: number, or JSONata expression; null when absent
 * @param heartbeatSeconds {@code HeartbeatSeconds}: number, or JSONata expression; null when absent
 * @param credentials      {@code Credentials} ({@code {"RoleArn": ...}} or an expression), or null
 * @since 0.1.0
 */
public record TaskState(String name, String pointer, String comment, QueryLanguage queryLanguage,
                        Transition transition, PathField inputPath, PathField outputPath, String resource,
                        JsonNode parameters, JsonNode arguments, JsonNode resultSelector, PathField resultPath,
                        JsonNode assign, JsonNode output,
                        NumberOrExpression timeoutSeconds, String timeoutSecondsPath,
                        NumberOrExpression heartbeatSeconds, String heartbeatSecondsPath,
                        JsonNode credentials, List<Retrier> retriers, List<Catcher> catchers) implements State {

    public TaskState {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pointer, "pointer");
        transition = Objects.requireNonNullElse(transition, Transition.NONE);
        inputPath = Objects.requireNonNullElse(inputPath, PathField.ABSENT);
        outputPath = Objects.requireNonNullElse(outputPath, PathField.ABSENT);
        resultPath = Objects.requireNonNullElse(resultPath, PathField.ABSENT);
        parameters = ModelCopies.json(parameters);
        arguments = ModelCopies.json(arguments);
        resultSelector = ModelCopies.json(resultSelector);
        assign = ModelCopies.json(assign);
        output = ModelCopies.json(output);
        credentials = ModelCopies.json(credentials);
        retriers = ModelCopies.list(retriers);
        catchers = ModelCopies.list(catchers);
    }

    @Override
    public StateType type() {
        return StateType.TASK;
    }

    @Override
    public <R> R accept(StateVisitor<R> visitor) {
        return visitor.visitTask(this);
    }
}
