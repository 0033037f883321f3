package dev.stepproof.toolkit.internal.interpret;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.stepproof.toolkit.internal.jsonata.JsonataValue;
import dev.stepproof.toolkit.model.ParallelState;

import java.util.List;

/**
 * Parallel: every branch gets the same effective input (JSONata: the Arguments, default the input); the result
 * is the array of branch outputs. Each branch runs in a child variable scope.
 */
final class ParallelStep extends WorkStep {
    private final Flow.Template parameters;
    private final JsonataValue arguments;
    private final List<CompiledWorkflow> branches;

    ParallelStep(ParallelState s, List<CompiledWorkflow> branches, boolean jsonata) {
        super(s, "Parallel", Io.of(jsonata, s.inputPath(), s.resultSelector(), s.resultPath(), s.outputPath(), s.assign(),
                s.output()));
        this.parameters = jsonata ? null : Flow.template(s.parameters());
        this.arguments = jsonata ? JsonataValue.compile(s.arguments(), "Arguments") : null;
        this.branches = List.copyOf(branches);
    }

    @Override
    void attempt(Visit v) {
        JsonNode input = jsonata != null ? arguments(v, arguments) : effectiveInput(v, parameters);
        long started = v.fiber.event("ParallelStateStarted", null, null, null, null, null);
        Join join = new Join(v, branches.size());
        v.clearChildren();
        for (int i = 0; i < branches.size(); i++) {
            Fiber child = new Fiber(v.fiber.run, branches.get(i), new Variables(v.fiber.variables), join, started);
            child.index = i;
            join.children[i] = child;
            v.addChild(child);
        }
        if (branches.isEmpty()) {
            join.finish();
            return;
        }
        for (Fiber child : join.children) {
            child.start(input);
        }
    }

    /** Collects branch outputs in branch order; the first failure aborts the other branches. */
    private final class Join implements Fiber.Listener {
        private final Visit visit;
        private final JsonNode[] outputs;
        final Fiber[] children;
        private int remaining;
        private long lastChildEvent;
        private boolean done;

        Join(Visit visit, int n) {
            this.visit = visit;
            this.outputs = new JsonNode[n];
            this.children = new Fiber[n];
            this.remaining = n;
            this.lastChildEvent = visit.fiber.lastEvent();
        }

        @Override
        public void succeeded(Fiber fiber, JsonNode output) {
            if (done) {
                return;
            }
            outputs[fiber.index] = output;
            lastChildEvent = fiber.lastEvent();
            if (--remaining == 0) {
                finish();
            }
        }

        void finish() {
            done = true;
            ArrayNode result = Json.array(outputs);
            Fiber parent = visit.fiber;
            // ParallelStateSucceeded does not advance the chain: the exit points where it does (AWS-REC).
            parent.run.event("ParallelStateSucceeded", lastChildEvent, null, null, null, null, null);
            parent.setLastEvent(lastChildEvent);
            visit.clearChildren();
            completed(visit, result);
        }

        @Override
        public void failed(Fiber fiber, Failure failure) {
            if (done) {
                return;
            }
            done = true;
            for (Fiber other : children) {
                if (other != null && other != fiber) {
                    other.abort();
                }
            }
            Fiber parent = visit.fiber;
            parent.setLastEvent(fiber.lastEvent());
            parent.event("ParallelStateFailed", null, null, null, null, null);
            visit.clearChildren();
            handleFailure(visit, failure);
        }
    }
}
