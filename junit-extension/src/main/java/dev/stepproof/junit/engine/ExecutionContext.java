package dev.stepproof.junit.engine;

import dev.stepproof.toolkit.ScenarioRunner;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * What every node needs while the engine runs: the settings, one {@link ScenarioRunner} (it compiles the scenario
 * schema once) and the listener that report entries go to. Created per execution request. With
 * {@link Constants#PARALLEL_ENABLED} the cases use it from several threads at once: the runner is thread-safe (its
 * reader's compiled schema is immutable; each case reads its files and runs its own execution).
 */
final class ExecutionContext implements EngineExecutionContext {

    private final EngineConfiguration configuration;
    private final ScenarioRunner runner;
    private final EngineExecutionListener listener;

    ExecutionContext(EngineConfiguration configuration, ScenarioRunner runner, EngineExecutionListener listener) {
        this.configuration = configuration;
        this.runner = runner;
        this.listener = listener;
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
