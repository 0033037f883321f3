package dev.stepproof.toolkit.internal.interpret;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.jsonata.JsonataValue;
import dev.stepproof.toolkit.model.Catcher;
import dev.stepproof.toolkit.model.PathField;
import dev.stepproof.toolkit.model.State;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Task, Parallel and Map: states that do work which produces a result, may fail, and have Retry and Catch.
 * The data flow around the work is the same for all three: JSONPath (ASL-SEMANTICS §2.1) or JSONata (§3.3).
 */
abstract class WorkStep extends Step {
    final Flow.Path inputPath;
    final Flow.Template resultSelector;
    final Flow.ResultPath resultPath;
    final Flow.Path outputPath;
    final Flow.Template assign;
    /** The JSONata Assign and Output; null for a JSONPath state. */
    final JsonataExit jsonata;
    ErrorPolicy policy;

    WorkStep(State model, String typeName, Io io) {
        super(model, typeName, true, true);
        this.inputPath = io.inputPath();
        this.resultSelector = io.resultSelector();
        this.resultPath = io.resultPath();
        this.outputPath = io.outputPath();
        this.assign = io.assign();
        this.jsonata = io.jsonata();
    }

    /** The compiled data flow around the work: JSONPath's five fields and Assign, or JSONata's Output and Assign. */
    record Io(Flow.Path inputPath, Flow.Template resultSelector, Flow.ResultPath resultPath, Flow.Path outputPath,
              Flow.Template assign, JsonataExit jsonata) {

        /** Compiles the fields of the state's query language; the other language's fields are ignored. */
        static Io of(boolean jsonata, PathField inputPath, JsonNode resultSelector, PathField resultPath,
                     PathField outputPath, JsonNode assign, JsonNode output) {
            if (jsonata) {
                return new Io(null, null, null, null, null,
                        JsonataExit.compile(output, assign, "", JsonataExit.Default.RESULT));
            }
            return new Io(Flow.path(inputPath), Flow.template(resultSelector), Flow.resultPath(resultPath),
                    Flow.path(outputPath), Flow.template(assign), null);
        }
    }

    @Override
    void link(CompiledWorkflow workflow) {
        super.link(workflow);
        List<ErrorPolicy.CompiledCatcher> catchers = new ArrayList<>();
        List<Catcher> models = model.catchers();
        for (int i = 0; i < models.size(); i++) {
            Catcher c = models.get(i);
            Step[] next = {workflow.step(c.next())};
            catchers.add(jsonata != null
                    ? new ErrorPolicy.CompiledCatcher(c, null, null,
                            JsonataExit.compile(c.output(), c.assign(), "Catch[" + i + "]/", JsonataExit.Default.ERROR_OUTPUT), next)
                    : new ErrorPolicy.CompiledCatcher(c, Flow.resultPath(c.resultPath()), Flow.template(c.assign()), null, next));
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

    /** The work produced {@code result}: ResultSelector, ResultPath, OutputPath, Assign (or JSONata's), then exit. */
    final void completed(Visit visit, JsonNode result) {
        visit.runGuarded(() -> {
            if (jsonata != null) {
                jsonata.leave(visit, result, null, next);
                return;
            }
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

    /** JSONata's effective input: the Arguments, or the raw input when there are none. */
    static JsonNode arguments(Visit visit, JsonataValue arguments) {
        return arguments == null ? visit.rawInput : arguments.evaluate(visit.states(null, null));
    }
}
