package dev.stepproof.toolkit.internal.interpret;

import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionOptions;
import dev.stepproof.toolkit.model.MapState;
import dev.stepproof.toolkit.model.ParallelState;
import dev.stepproof.toolkit.model.QueryLanguage;
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
        return new CompiledMachine(new Compiler(machine.effectiveQueryLanguage()).workflow(wf), machine.timeoutSeconds());
    }

    /** Runs one execution to its end on the calling thread. */
    public Execution execute(ExecutionOptions options) {
        return new Run(this, options, 0, new java.util.IdentityHashMap<>()).execute();
    }

    /** Runs a child execution {@code depth} levels below the top one, sharing the tree's compiled children. */
    Execution executeChild(ExecutionOptions options, int depth, java.util.Map<StateMachine, CompiledMachine> compiled) {
        return new Run(this, options, depth, compiled).execute();
    }

    CompiledWorkflow top() {
        return top;
    }

    Integer timeoutSeconds() {
        return timeoutSeconds;
    }

    /** Compiles the states of every scope; knows the machine's query language, which states inherit. */
    private static final class Compiler {
        private final QueryLanguage machineLanguage;

        Compiler(QueryLanguage machineLanguage) {
            this.machineLanguage = machineLanguage;
        }

        CompiledWorkflow workflow(Workflow wf) {
            CompiledWorkflow compiled = new CompiledWorkflow();
            compiled.startAt(wf.startAt());
            for (State s : wf.states().values()) {
                compiled.add(step(s));
            }
            compiled.link();
            return compiled;
        }

        private Step step(State s) {
            boolean jsonata = (s.queryLanguage() != null ? s.queryLanguage() : machineLanguage) == QueryLanguage.JSONATA;
            return switch (s.type()) {
                case PASS -> new PassStep((dev.stepproof.toolkit.model.PassState) s, jsonata);
                case TASK -> new TaskStep((dev.stepproof.toolkit.model.TaskState) s, jsonata);
                case CHOICE -> new ChoiceStep((dev.stepproof.toolkit.model.ChoiceState) s, jsonata);
                case WAIT -> new WaitStep((dev.stepproof.toolkit.model.WaitState) s, jsonata);
                case SUCCEED -> new SucceedStep((dev.stepproof.toolkit.model.SucceedState) s, jsonata);
                case FAIL -> new FailStep((dev.stepproof.toolkit.model.FailState) s, jsonata);
                case PARALLEL -> parallel((ParallelState) s, jsonata);
                case MAP -> new MapStep((MapState) s, workflow(((MapState) s).processor().workflow()), jsonata);
            };
        }

        private Step parallel(ParallelState s, boolean jsonata) {
            List<CompiledWorkflow> branches = new ArrayList<>();
            for (Workflow b : s.branches()) {
                branches.add(workflow(b));
            }
            return new ParallelStep(s, branches, jsonata);
        }
    }
}
