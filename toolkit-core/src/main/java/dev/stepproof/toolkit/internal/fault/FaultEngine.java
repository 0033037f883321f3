package dev.stepproof.toolkit.internal.fault;

import dev.stepproof.toolkit.InjectedFault;
import dev.stepproof.toolkit.internal.catalogue.IntegrationCatalogue;
import dev.stepproof.toolkit.spi.TaskInvocation;
import dev.stepproof.toolkit.spi.TaskInvoker;
import dev.stepproof.toolkit.spi.TaskResult;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Applies a plan's rules to calls: the first rule that matches a call and fires decides its fault; a call no rule
 * fires for goes to the wrapped invoker. Keeps what a plan needs to remember between calls (rate-limit windows,
 * chance draws) and the log of injected faults, so one engine serves one execution at a time.
 */
public final class FaultEngine {

    private final List<FaultRule> rules;
    private final long seed;
    private final IntegrationCatalogue catalogue;
    private final ChaosDraw draws;
    private final RateLimiter limiter = new RateLimiter();
    private final List<InjectedFault> injected = new ArrayList<>();

    /**
     * @param rules     tried in order
     * @param seed      the chaos seed (unused when no rule fires by chance)
     * @param catalogue where throttling errors and causes come from
     */
    public FaultEngine(List<FaultRule> rules, long seed, IntegrationCatalogue catalogue) {
        this.rules = List.copyOf(rules);
        this.seed = seed;
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.draws = new ChaosDraw(seed);
    }

    /**
     * Answers one call: with the fault of the first rule that matches and fires (recorded), else with
     * {@code delegate}. Synchronized because a user may share an invoker between executions on several threads.
     */
    public synchronized TaskResult invoke(TaskInvocation call, TaskInvoker delegate) {
        for (int i = 0; i < rules.size(); i++) {
            FaultRule rule = rules.get(i);
            if (rule.selector().matches(call) && fires(i, rule, call)) {
                OptionalLong chaosSeed = rule.byChance() ? OptionalLong.of(seed) : OptionalLong.empty();
                Instant time = call.time() == null ? Instant.EPOCH : call.time();
                injected.add(new InjectedFault(call.stateName(), call.resource(), call.attempt(), rule.fault(), time,
                        rule.describe(i), chaosSeed));
                String suffix = rule.byChance() ? " [StepProof chaos seed " + seed + "]" : "";
                return rule.fault().accept(new FaultEffects(call, delegate, catalogue, suffix));
            }
        }
        return delegate.invoke(call);
    }

    private boolean fires(int index, FaultRule rule, TaskInvocation call) {
        if (rule.rateLimit() != null) {
            return !limiter.admit(index, rule.rateLimit(), call.time());
        }
        if (!rule.byChance()) {
            return true;
        }
        return draws.next(index, call) < rule.probability();
    }

    /** @return the faults injected so far, in order; a snapshot */
    public synchronized List<InjectedFault> injected() {
        return List.copyOf(injected);
    }
}
