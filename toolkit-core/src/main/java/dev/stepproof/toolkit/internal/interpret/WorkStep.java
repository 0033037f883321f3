package dev.stepproof.toolkit.internal.interpret;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.model.State;

import java.util.Map;

/**
 * Task, Parallel and Map: states that do work which produces a result, may fail, and have Retry and Catch.
 * The data flow around the work is the same for all three (ASL-SEMANTICS §2.1).
 */
abstract class WorkStep extends Step {
    final Flow.Path inputPath;
    final Flow.Template resultSelector;
    final Flow.ResultPath resultPath;
    final Flow.Path outputPath;
    final Flow.Template assign;
    ErrorPolicy policy;

    WorkStep(State model, String typeName, Flow.Path inputPath, Flow.Template resultSelector,
             Flow.ResultPath resultPath, Flow.Path outputPath, Flow.Template assign) {
        super(model, typeName, true, true);
        this.inputPath = inputPath;
        this.resultSelector = resultSelector;
        this.resultPath = resultPath;
        this.outputPath = outputPath;
        this.assign = assign;
    }

    @Override
    void link(CompiledWorkflow workflow) {
        super.link(workflow);
        java.util.List<ErrorPolicy.CompiledCatcher> catchers = new java.util.ArrayList<>();
        for (dev.stepproof.toolkit.model.Catcher c : model.catchers()) {
            catchers.add(new ErrorPolicy.CompiledCatcher(c, Flow.resultPath(c.resultPath()), Flow.template(c.assign()),
                    new Step[]{workflow.step(c.next())}));
        }
        policy = new ErrorPolicy(model.retriers(), catchers);
    }

    @Override
    final void run(Visit visit) {
        visit.retrierAttempts = policy.newCounters();
        attempt(visit);
    }

    /** Starts (or, on retry, restarts) the state's work; ends in {@link #completed} or a failure. */
    abstract void attempt(Visit visit);

    /** The work produced {@code result}: ResultSelector, ResultPath, OutputPath, Assign, then exit. */
    final void completed(Visit visit, JsonNode result) {
        visit.runGuarded(() -> {
            Map<String, JsonNode> assigned = assign == null ? null : Flow.assign(assign, visit.input(result));
            JsonNode selected = resultSelector == null ? result : Flow.apply(resultSelector, visit.input(result));
            JsonNode merged = Flow.merge(resultPath, visit.rawInput, selected);
            JsonNode output = Flow.select(outputPath, merged, visit.input(merged), "OutputPath");
            visit.fiber.exit(visit, output, assigned);
        });
    }

    @Override
    final void handleFailure(Visit visit, Failure failure) {
        policy.handle(visit, failure, this);
    }

    /** The effective input: InputPath then the Parameters template. */
    JsonNode effectiveInput(Visit visit, Flow.Template parameters) {
        JsonNode selected = Flow.select(inputPath, visit.rawInput, visit.input(visit.rawInput), "InputPath");
        return parameters == null ? selected : Flow.apply(parameters, visit.input(selected));
    }
}
