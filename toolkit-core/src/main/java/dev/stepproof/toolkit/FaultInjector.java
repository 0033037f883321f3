package dev.stepproof.toolkit;

import dev.stepproof.toolkit.internal.fault.FaultEngine;
import dev.stepproof.toolkit.spi.TaskInvocation;
import dev.stepproof.toolkit.spi.TaskInvoker;
import dev.stepproof.toolkit.spi.TaskResult;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A {@link TaskInvoker} that applies a {@link FaultPlan} around another invoker and records every fault it
 * injects. Made by {@link FaultPlan#around(TaskInvoker)}; use one per execution.
 *
 * <pre>{@code
 * FaultInjector faults = FaultPlan.chaos(7).onResource("*").withProbability(0.2).throttle().around(mocks);
 * Execution execution = interpreter.execute(ExecutionOptions.defaults().withTaskInvoker(faults));
 * assertThat(execution.succeeded()).as(faults.report()).isTrue();   // a failure message that names the seed
 * }</pre>
 *
 * @since 0.1.0
 */
public final class FaultInjector implements TaskInvoker {

    private final FaultPlan plan;
    private final TaskInvoker delegate;
    private final FaultEngine engine;

    FaultInjector(FaultPlan plan, TaskInvoker delegate, FaultEngine engine) {
        this.plan = plan;
        this.delegate = delegate;
        this.engine = engine;
    }

    @Override
    public TaskResult invoke(TaskInvocation invocation) {
        return engine.invoke(invocation, delegate);
    }

    /** @return the plan this injector applies */
    public FaultPlan plan() {
        return plan;
    }

    /** @return every fault injected so far, in the order of the calls; never null */
    public List<InjectedFault> injected() {
        return engine.injected();
    }

    /** @return the faults injected into the calls of state {@code stateName} */
    public List<InjectedFault> injected(String stateName) {
        return engine.injected().stream().filter(f -> f.stateName().equals(stateName)).collect(Collectors.toList());
    }

    /**
     * @return a report for a failure message: the plan (with its chaos seed) and each injected fault, e.g.
     *         {@code "2 faults injected by FaultPlan(chaos seed 7): …"}; timeouts carry no cause in AWS's history,
     *         so this is where a chaos timeout's seed is told
     */
    public String report() {
        List<InjectedFault> all = engine.injected();
        StringBuilder sb = new StringBuilder();
        sb.append(all.size()).append(all.size() == 1 ? " fault" : " faults").append(" injected by ").append(plan);
        all.forEach(f -> sb.append(System.lineSeparator()).append("  ").append(f));
        return sb.toString();
    }

    @Override
    public String toString() {
        return "FaultInjector[" + plan + "]";
    }
}
