package dev.stepproof.toolkit.internal.interpret;

import dev.stepproof.toolkit.model.State;

/**
 * A compiled state: what to do when a fiber enters it. Expressions are compiled when the machine is, and
 * transitions point straight at the next {@code Step}, so running a state does no lookups or parsing.
 */
abstract class Step {
    final State model;
    final String name;
    final String enteredType;
    final String exitedType;
    final String abortedType;
    final boolean hasRetryCount;
    /** The state's Next, resolved; null when the state ends its workflow (or chooses, like Choice). */
    Step next;

    Step(State model, String typeName, boolean abortable, boolean hasRetryCount) {
        this.model = model;
        this.name = model.name();
        this.enteredType = typeName + "StateEntered";
        this.exitedType = typeName + "StateExited";
        this.abortedType = abortable ? typeName + "StateAborted" : null;
        this.hasRetryCount = hasRetryCount;
    }

    /** Runs the state; called right after its {@code …StateEntered} event. */
    abstract void run(Visit visit);

    /** Resolves transitions once all steps of the workflow exist. */
    void link(CompiledWorkflow workflow) {
        String nextName = model.transition().next();
        next = nextName == null ? null : workflow.step(nextName);
    }

    /** An error left the state's work; states without Retry/Catch fail their workflow. */
    void handleFailure(Visit visit, Failure failure) {
        visit.fiber.fail(failure);
    }
}
