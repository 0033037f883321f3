package dev.stepproof.toolkit;

import dev.stepproof.toolkit.internal.catalogue.IntegrationCatalogue;
import dev.stepproof.toolkit.internal.fault.FaultEngine;
import dev.stepproof.toolkit.internal.fault.FaultRule;
import dev.stepproof.toolkit.internal.fault.RateLimit;
import dev.stepproof.toolkit.internal.fault.Selector;
import dev.stepproof.toolkit.spi.TaskInvoker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * A deterministic plan of faults to inject into Task calls, applied around any {@link TaskInvoker}: "state Charge,
 * attempt 1: throttle"; "every call to {@code arn:aws:states:::dynamodb:putItem}: 30% throttled, seed 7";
 * "lose the response after the side effect"; "at most 3 calls per virtual second".
 *
 * <pre>{@code
 * FaultPlan plan = FaultPlan.empty()
 *         .onState("Charge").attempt(1).throttle()                    // Lambda.TooManyRequestsException, once
 *         .onResource("arn:aws:states:::dynamodb:*").loseResponse()   // the write happens, the caller times out
 *         .rateLimit("arn:aws:states:::sqs:sendMessage", 3);          // a 4th message in one second is throttled
 * FaultInjector faults = plan.around(myMocks);
 * Execution execution = interpreter.execute(ExecutionOptions.defaults().withTaskInvoker(faults));
 * faults.injected();                                                  // what was injected, where and when
 * }</pre>
 *
 * <p>Chaos: {@link #chaos(long)} starts a plan whose rules may fire by chance, {@code .withProbability(0.3)}; the
 * draws depend only on the seed and the calls, so the same seed replays the same faults, and a cause of such a
 * fault ends with {@code " [StepProof chaos seed 7]"} so a failing CI run says how to replay it.
 *
 * <p>Rules are tried in the order they were added; the first that matches a call and fires decides its fault.
 * Plans are immutable: every method returns a new plan. {@link Fault} says how each fault shows in an execution.
 *
 * @since 0.1.0
 */
public final class FaultPlan {

    private final List<FaultRule> rules;
    private final OptionalLong chaosSeed;

    private FaultPlan(List<FaultRule> rules, OptionalLong chaosSeed) {
        this.rules = List.copyOf(rules);
        this.chaosSeed = chaosSeed;
    }

    /** @return a plan without rules and without chance: every fault it will hold fires whenever its rule matches */
    public static FaultPlan empty() {
        return new FaultPlan(List.of(), OptionalLong.empty());
    }

    /**
     * A plan whose rules may fire by chance ({@link Target#withProbability}), drawn from {@code seed}.
     *
     * <pre>{@code
     * FaultPlan chaos = FaultPlan.chaos(7)
     *         .onResource("arn:aws:states:::lambda:invoke").withProbability(0.3).throttle();
     * }</pre>
     */
    public static FaultPlan chaos(long seed) {
        return new FaultPlan(List.of(), OptionalLong.of(seed));
    }

    /** @return the chaos seed, empty for a plan made with {@link #empty()} */
    public OptionalLong seed() {
        return chaosSeed;
    }

    /** Starts a rule for the calls of the Task state named {@code stateName} (in any branch or Map iteration). */
    public Target onState(String stateName) {
        return new Target(this, Selector.state(Objects.requireNonNull(stateName, "stateName")), 1.0);
    }

    /**
     * Starts a rule for the calls of a resource, exact or a glob with {@code *}, e.g.
     * {@code arn:aws:states:::dynamodb:*} or {@code arn:aws:lambda:*:function:charge}; {@code *} alone is every Task.
     */
    public Target onResource(String resourcePattern) {
        return new Target(this, Selector.resource(Objects.requireNonNull(resourcePattern, "resourcePattern")), 1.0);
    }

    /**
     * Throttles the calls to matching resources beyond {@code callsPerVirtualSecond} in one second of virtual time
     * (windows aligned on whole seconds), with the integration's throttling error. Throttled calls are not counted.
     */
    public FaultPlan rateLimit(String resourcePattern, int callsPerVirtualSecond) {
        return rateLimit(resourcePattern, callsPerVirtualSecond, Duration.ofSeconds(1));
    }

    /** Like {@link #rateLimit(String, int)} with a window of any length (at least 1 ms). */
    public FaultPlan rateLimit(String resourcePattern, int calls, Duration window) {
        Selector selector = Selector.resource(Objects.requireNonNull(resourcePattern, "resourcePattern"));
        return with(new FaultRule(selector, 1.0, new RateLimit(calls, window), new Fault.Throttle()));
    }

    /**
     * Wraps {@code invoker}: calls a rule fires for get the rule's fault, all others go to {@code invoker}. Use one
     * injector per execution (it is cheap): it remembers rate-limit windows and logs the faults it injected.
     */
    public FaultInjector around(TaskInvoker invoker) {
        Objects.requireNonNull(invoker, "invoker");
        FaultEngine engine = new FaultEngine(rules, chaosSeed.orElse(0L), IntegrationCatalogue.standard());
        return new FaultInjector(this, invoker, engine);
    }

    private FaultPlan with(FaultRule rule) {
        List<FaultRule> more = new ArrayList<>(rules);
        more.add(rule);
        return new FaultPlan(more, chaosSeed);
    }

    /** @return e.g. {@code FaultPlan(chaos seed 7): rule 1: state 'Charge' attempt 1 -> throttle} */
    @Override
    public String toString() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            lines.add(rules.get(i).describe(i) + " -> " + rules.get(i).fault().describe());
        }
        String head = chaosSeed.isPresent() ? "FaultPlan(chaos seed " + chaosSeed.getAsLong() + ")" : "FaultPlan";
        return lines.isEmpty() ? head + ": no rules" : head + ": " + lines.stream().collect(Collectors.joining("; "));
    }

    /**
     * A rule being written: which calls, which attempts, how likely; it ends with the fault, which returns the
     * plan with the rule added. Immutable like the plan.
     *
     * @since 0.1.0
     */
    public static final class Target {
        private final FaultPlan plan;
        private final Selector selector;
        private final double probability;

        private Target(FaultPlan plan, Selector selector, double probability) {
            this.plan = plan;
            this.selector = selector;
            this.probability = probability;
        }

        /** Only attempt {@code attempt} (1 is the first call, 2 the first retry, …). */
        public Target attempt(int attempt) {
            return attempts(attempt, attempt);
        }

        /** Only attempts {@code first} to {@code last}, inclusive, e.g. {@code attempts(1, 2)}. */
        public Target attempts(int first, int last) {
            return new Target(plan, selector.attempts(first, last), probability);
        }

        /** Every attempt (the default). */
        public Target everyAttempt() {
            return attempts(1, Integer.MAX_VALUE);
        }

        /**
         * Fires for each matching call with chance {@code p}, drawn from the plan's seed.
         *
         * @param p in [0, 1]
         * @throws IllegalStateException when the plan was not made with {@link FaultPlan#chaos(long)}: chance
         *                               without a seed could not be replayed
         */
        public Target withProbability(double p) {
            if (plan.chaosSeed.isEmpty()) {
                throw new IllegalStateException("A probability needs a seed to be replayable: start the plan with "
                        + "FaultPlan.chaos(seed) instead of FaultPlan.empty()");
            }
            if (!(p >= 0.0 && p <= 1.0)) {
                throw new IllegalArgumentException("A probability must be between 0 and 1, but was " + p);
            }
            return new Target(plan, selector, p);
        }

        /** Injects {@code fault}; the terminal all the named faults below go through. */
        public FaultPlan inject(Fault fault) {
            return plan.with(new FaultRule(selector, probability, null, Objects.requireNonNull(fault, "fault")));
        }

        /** The call fails with {@code error} (never null) and {@code cause} (may be null). See {@link Fault.Fail}. */
        public FaultPlan fail(String error, String cause) {
            return inject(new Fault.Fail(error, cause));
        }

        /** The service throttles the call, with the integration's own error name. See {@link Fault.Throttle}. */
        public FaultPlan throttle() {
            return inject(new Fault.Throttle());
        }

        /** The call never completes: States.Timeout after the task's TimeoutSeconds. See {@link Fault.TimeOut}. */
        public FaultPlan timeOut() {
            return inject(new Fault.TimeOut());
        }

        /** The answer comes {@code delay} later, in virtual time. See {@link Fault.Latency}. */
        public FaultPlan latency(Duration delay) {
            return inject(new Fault.Latency(delay));
        }

        /** The worker goes silent: States.Timeout after HeartbeatSeconds. See {@link Fault.StopHeartbeats}. */
        public FaultPlan stopHeartbeats() {
            return inject(new Fault.StopHeartbeats());
        }

        /** The call runs, its answer is lost: States.Timeout after TimeoutSeconds. See {@link Fault.LoseResponse}. */
        public FaultPlan loseResponse() {
            return inject(new Fault.LoseResponse(null, null));
        }

        /** The call runs, and the caller sees {@code error} instead of its answer (no cause). */
        public FaultPlan loseResponse(String error) {
            return loseResponse(error, null);
        }

        /** The call runs, and the caller sees {@code error} and {@code cause} instead of its answer. */
        public FaultPlan loseResponse(String error, String cause) {
            return inject(new Fault.LoseResponse(Objects.requireNonNull(error, "error"), cause));
        }
    }
}
