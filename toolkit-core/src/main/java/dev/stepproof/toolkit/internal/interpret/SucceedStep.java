package dev.stepproof.toolkit.internal.interpret;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.model.SucceedState;

/**
 * Succeed, then the workflow ends successfully. JSONPath: InputPath → OutputPath. JSONata: Output, defaulting
 * to the input (Succeed has no Assign).
 */
final class SucceedStep extends Step {
    private final Flow.Path inputPath;
    private final Flow.Path outputPath;
    private final JsonataExit jsonata;

    SucceedStep(SucceedState s, boolean jsonata) {
        super(s, "Succeed", false, false);
        inputPath = Flow.path(s.inputPath());
        outputPath = Flow.path(s.outputPath());
        this.jsonata = jsonata ? JsonataExit.compile(s.output(), null, "", JsonataExit.Default.INPUT) : null;
    }

    @Override
    void run(Visit v) {
        if (jsonata != null) {
            jsonata.leave(v, null, null, null);
            return;
        }
        JsonNode selected = Flow.select(inputPath, v.rawInput, v.input(v.rawInput), "InputPath");
        JsonNode output = Flow.select(outputPath, selected, v.input(selected), "OutputPath");
        v.fiber.exit(v, output, null, null);
    }
}
