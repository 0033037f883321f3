package dev.stepproof.toolkit.internal.interpret;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.choice.WaitCalculator;
import dev.stepproof.toolkit.internal.dataflow.StatesError;
import dev.stepproof.toolkit.model.WaitState;

import java.time.Instant;
import java.util.Map;

/** Wait: advances the fiber's virtual time; nothing sleeps. Assign and Output apply when the wait is over. */
final class WaitStep extends Step {
    private final Flow.Path inputPath;
    private final Flow.Path outputPath;
    private final Flow.Template assign;
    private final JsonataExit jsonata;
    private final WaitCalculator calculator;

    WaitStep(WaitState s, boolean jsonata) {
        super(s, "Wait", true, false);
        inputPath = Flow.path(s.inputPath());
        outputPath = Flow.path(s.outputPath());
        assign = jsonata ? null : Flow.template(s.assign());
        this.jsonata = jsonata ? JsonataExit.compile(s.output(), s.assign(), "", JsonataExit.Default.INPUT) : null;
        calculator = WaitCalculator.of(s);
    }

    @Override
    void run(Visit v) {
        JsonNode input = Flow.select(inputPath, v.rawInput, v.input(v.rawInput), "InputPath");
        Instant until;
        try {
            until = calculator.until(v.input(input), Instant.ofEpochMilli(v.fiber.run.now()));
        } catch (UnsupportedOperationException e) {
            // JSONata Seconds/Timestamp compile but do not evaluate yet: fail the state, never throw out of execute().
            throw StatesError.runtime("StepProof does not evaluate JSONata yet (" + e.getMessage() + ").");
        }
        v.fiber.run.scheduler.at(until.toEpochMilli(), () -> {
            if (!v.fiber.isAborted()) {
                v.runGuarded(() -> leave(v, input));
            }
        });
    }

    private void leave(Visit v, JsonNode input) {
        if (jsonata != null) {
            jsonata.leave(v, null, null, next);
            return;
        }
        Map<String, JsonNode> assigned = assign == null ? null : Flow.assign(assign, v.input(input));
        v.fiber.exit(v, Flow.select(outputPath, input, v.input(input), "OutputPath"), assigned);
    }
}
