package dev.stepproof.junit.engine;

import dev.stepproof.junit.coverage.CoverageRecorder;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ScenarioRunner;
import dev.stepproof.toolkit.model.StateMachine;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * What every node needs while the engine runs: the settings, one {@link ScenarioRunner} (it compiles the scenario
 * schema once), the listener that report entries go to and the workflow coverage recorder. Created per execution request. With
 * {@link Constants#PARALLEL_ENABLED} the cases use it from several threads at once: the runner is thread-safe (its
 * reader's compiled schema is immutable; each case reads its files and runs its own execution).
 */
final class ExecutionContext implements EngineExecutionContext {

    private final EngineConfiguration configuration;
    private final ScenarioRunner runner;
    private final EngineExecutionListener listener;
    private final CoverageRecorder coverage;

    ExecutionContext(EngineConfiguration configuration, ScenarioRunner runner, EngineExecutionListener listener,
                     CoverageRecorder coverage) {
        this.configuration = configuration;
        this.runner = runner;
        this.listener = listener;
        this.coverage = coverage;
    }

    /**
     * Adds a case's execution to the workflow coverage, in the same recorder (and so the same {@code coverage.json})
     * as the Jupiter extension's; the launcher's {@code CoverageFlushListener} writes it when the plan ends.
     */
    void recordCoverage(String stateMachineName, StateMachine machine, Execution execution) {
        if (stateMachineName != null && machine != null && execution != null) {
            coverage.record(stateMachineName, machine, execution);
        }
    }

    EngineConfiguration configuration() {
        return configuration;
    }

    ScenarioRunner runner() {
        return runner;
    }

    EngineExecutionListener listener() {
        return listener;
    }
}
