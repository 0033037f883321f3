package dev.stepproof.toolkit.internal.interpret;

import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionOptions;
import dev.stepproof.toolkit.model.MapState;
import dev.stepproof.toolkit.model.ParallelState;
import dev.stepproof.toolkit.model.State;
import dev.stepproof.toolkit.model.StateMachine;
import dev.stepproof.toolkit.model.Workflow;

import java.util.ArrayList;
import java.util.List;

/**
 * A state machine compiled for execution: every path, template and condition parsed once, transitions
 * linked. Immutable after construction, so one instance runs any number of executions, on any threads.
 */
public final class CompiledMachine {
    private final CompiledWorkflow top;
    private final Integer timeoutSeconds;

    private CompiledMachine(CompiledWorkflow top, Integer timeoutSeconds) {
        this.top = top;
        this.timeoutSeconds = timeoutSeconds;
    }

    public static CompiledMachine compile(StateMachine machine) {
        Workflow wf = machine.asWorkflow();
        return new CompiledMachine(workflow(wf), machine.timeoutSeconds());
    }

    /** Runs one execution to its end on the calling thread. */
    public Execution execute(ExecutionOptions options) {
        return new Run(this, options).execute();
    }

    CompiledWorkflow top() {
        return top;
    }

    Integer timeoutSeconds() {
        return timeoutSeconds;
    }

    private static CompiledWorkflow workflow(Workflow wf) {
        CompiledWorkflow compiled = new CompiledWorkflow();
        compiled.startAt(wf.startAt());
        for (State s : wf.states().values()) {
            compiled.add(step(s));
        }
        compiled.link();
        return compiled;
    }

    private static Step step(State s) {
        return switch (s.type()) {
            case PASS -> new PassStep((dev.stepproof.toolkit.model.PassState) s);
            case TASK -> new TaskStep((dev.stepproof.toolkit.model.TaskState) s);
            case CHOICE -> new ChoiceStep((dev.stepproof.toolkit.model.ChoiceState) s);
            case WAIT -> new WaitStep((dev.stepproof.toolkit.model.WaitState) s);
            case SUCCEED -> new SucceedStep((dev.stepproof.toolkit.model.SucceedState) s);
            case FAIL -> new FailStep((dev.stepproof.toolkit.model.FailState) s);
            case PARALLEL -> parallel((ParallelState) s);
            case MAP -> new MapStep((MapState) s, workflow(((MapState) s).processor().workflow()));
        };
    }

    private static Step parallel(ParallelState s) {
        List<CompiledWorkflow> branches = new ArrayList<>();
        for (Workflow b : s.branches()) {
            branches.add(workflow(b));
        }
        return new ParallelStep(s, branches);
    }
}
