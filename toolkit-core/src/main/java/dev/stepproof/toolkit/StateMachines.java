package dev.stepproof.toolkit;

import dev.stepproof.toolkit.model.StateMachine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * State machines a workflow starts with {@code arn:aws:states:::states:startExecution.sync} or {@code .sync:2},
 * registered so that StepProof runs them itself: on the parent's virtual clock, with a seed derived from the
 * parent's, the parent's task invoker and callbacks. Immutable; build with {@link #builder()}.
 *
 * <pre>{@code
 * StateMachines children = StateMachines.builder()
 *         .register("arn:aws:states:us-east-1:111111111111:stateMachine:Fulfil", fulfil)
 *         .register("Invoice", invoice)          // any StateMachineArn whose name is Invoice
 *         .build();
 * Execution execution = interpreter.execute(ExecutionOptions.defaults().withStateMachines(children));
 * execution.childExecutions().get(0).execution().history();
 * }</pre>
 *
 * <p>A Task's {@code StateMachineArn} is looked up as written, then by the state machine name in it (a version or
 * alias suffix is ignored). Unregistered ARNs, and {@code startExecution} without {@code .sync}, go to the task
 * invoker (the mocks) as before. Nesting deeper than {@link #maxDepth()} (a machine starting itself, say) ends the
 * top execution with {@code StepProof.NestingLimitExceeded}.
 *
 * @since 0.1.0
 */
public final class StateMachines {

    /** Default nesting depth: a parent and up to ten generations of children. */
    public static final int DEFAULT_MAX_DEPTH = 10;

    private static final StateMachines NONE = new StateMachines(Map.of(), DEFAULT_MAX_DEPTH);
    private static final Pattern ARN = Pattern.compile("arn:[^:]+:states:[^:]*:[^:]*:stateMachine:([^:]+)(?::.+)?");

    private final Map<String, StateMachine> machines;
    private final int maxDepth;

    private StateMachines(Map<String, StateMachine> machines, int maxDepth) {
        this.machines = Map.copyOf(machines);
        this.maxDepth = maxDepth;
    }

    /** @return no registered machines (the default of {@link ExecutionOptions}) */
    public static StateMachines none() {
        return NONE;
    }

    /** @return a builder with nothing registered and the default depth */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param stateMachineArn the StateMachineArn a Task gave
     * @return the registered machine, by ARN, else by the name in the ARN
     */
    public Optional<StateMachine> find(String stateMachineArn) {
        if (stateMachineArn == null) {
            return Optional.empty();
        }
        StateMachine exact = machines.get(stateMachineArn);
        if (exact != null) {
            return Optional.of(exact);
        }
        return nameOf(stateMachineArn).map(machines::get);
    }

    /** @return the state machine name in an ARN (without version or alias), if it is a state machine ARN */
    public static Optional<String> nameOf(String stateMachineArn) {
        Matcher m = ARN.matcher(stateMachineArn == null ? "" : stateMachineArn);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** @return how many levels of child executions may run below a top execution */
    public int maxDepth() {
        return maxDepth;
    }

    public boolean isEmpty() {
        return machines.isEmpty();
    }

    @Override
    public String toString() {
        return "StateMachines" + machines.keySet();
    }

    /** Collects registrations; not thread-safe, build once. */
    public static final class Builder {
        private final Map<String, StateMachine> machines = new LinkedHashMap<>();
        private int maxDepth = DEFAULT_MAX_DEPTH;

        private Builder() {
        }

        /**
         * @param arnOrName a state machine ARN, or a bare name matching any ARN with that state machine name
         * @param machine   the child's definition (see {@link DefinitionReader})
         * @return this builder
         * @throws IllegalArgumentException when the key is empty or already registered
         */
        public Builder register(String arnOrName, StateMachine machine) {
            Objects.requireNonNull(arnOrName, "arnOrName must not be null");
            Objects.requireNonNull(machine, "machine must not be null");
            if (arnOrName.isBlank()) {
                throw new IllegalArgumentException("A state machine is registered under an ARN or a name, not an empty string");
            }
            if (machines.putIfAbsent(arnOrName, machine) != null) {
                throw new IllegalArgumentException("A state machine is already registered under '" + arnOrName + "'");
            }
            return this;
        }

        /**
         * @param depth at least 1: how many generations of child executions may run below the top one
         * @return this builder
         */
        public Builder maxDepth(int depth) {
            if (depth < 1) {
                throw new IllegalArgumentException("maxDepth must be at least 1, got " + depth);
            }
            this.maxDepth = depth;
            return this;
        }

        public StateMachines build() {
            return new StateMachines(machines, maxDepth);
        }
    }
}
