package dev.stepproof.toolkit.internal.interpret;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.model.PassState;

import java.util.Map;

/**
 * Pass. JSONPath: InputPath → Parameters → Result → Assign → ResultPath → OutputPath. JSONata: Assign and
 * Output, the output defaulting to the input.
 */
final class PassStep extends Step {
    private final Flow.Path inputPath;
    private final Flow.Template parameters;
    private final JsonNode result;
    private final Flow.ResultPath resultPath;
    private final Flow.Path outputPath;
    private final Flow.Template assign;
    private final JsonataExit jsonata;

    PassStep(PassState s, boolean jsonata) {
        super(s, "Pass", false, false);
        inputPath = Flow.path(s.inputPath());
        parameters = jsonata ? null : Flow.template(s.parameters());
        result = s.result();
        resultPath = Flow.resultPath(s.resultPath());
        outputPath = Flow.path(s.outputPath());
        assign = jsonata ? null : Flow.template(s.assign());
        this.jsonata = jsonata ? JsonataExit.compile(s.output(), s.assign(), "", JsonataExit.Default.INPUT) : null;
    }

    @Override
    void run(Visit v) {
        if (jsonata != null) {
            jsonata.leave(v, null, null, next);
            return;
        }
        JsonNode selected = Flow.select(inputPath, v.rawInput, v.input(v.rawInput), "InputPath");
        JsonNode value = parameters == null ? selected : Flow.apply(parameters, v.input(selected));
        if (result != null) {
            value = result;
        }
        Map<String, JsonNode> assigned = assign == null ? null : Flow.assign(assign, v.input(value));
        JsonNode merged = Flow.merge(resultPath, v.rawInput, value);
        JsonNode output = Flow.select(outputPath, merged, v.input(merged), "OutputPath");
        v.fiber.exit(v, output, assigned);
    }
}
