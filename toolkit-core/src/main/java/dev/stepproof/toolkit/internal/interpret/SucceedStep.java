package dev.stepproof.toolkit.internal.interpret;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.model.SucceedState;

/** Succeed: InputPath → OutputPath, then the workflow ends successfully. */
final class SucceedStep extends Step {
    private final Flow.Path inputPath;
    private final Flow.Path outputPath;

    SucceedStep(SucceedState s) {
        super(s, "Succeed", false, false);
        inputPath = Flow.path(s.inputPath());
        outputPath = Flow.path(s.outputPath());
    }

    @Override
    void run(Visit v) {
        JsonNode selected = Flow.select(inputPath, v.rawInput, v.input(v.rawInput), "InputPath");
        JsonNode output = Flow.select(outputPath, selected, v.input(selected), "OutputPath");
        v.fiber.exit(v, output, null, null);
    }
}
