package dev.stepproof.toolkit.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.model.State;
import dev.stepproof.toolkit.model.StateMachine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the rules audit: one state machine, its definition as written, its settings, and the execution role's
 * policies when they are known. Built by the {@link Auditor} from an {@link AuditInput}; tests of custom rules
 * build one with {@link #builder(String, StateMachine, JsonNode, Locator)}.
 *
 * <p>Thread-safe; {@link #memo} caches analyses that several rules share (the permission model, the taint
 * analysis) for the lifetime of the subject.
 *
 * @since 0.1.0
 */
public final class AuditSubject {

    private final String name;
    private final StateMachine machine;
    private final JsonNode definition;
    private final Locator definitionLocator;
    private final MachineSettings settings;
    private final boolean roleKnown;
    private final List<PolicyDocument> policies;
    private final PolicyDocument trustPolicy;
    private final List<String> managedPolicyArns;
    private final Locator roleLocator;
    private final Map<Class<?>, Object> extras;
    private final Map<Class<?>, Object> memos = new ConcurrentHashMap<>();

    private AuditSubject(Builder b) {
        this.name = b.name;
        this.machine = b.machine;
        this.definition = b.definition;
        this.definitionLocator = b.definitionLocator;
        this.settings = b.settings;
        this.roleKnown = b.roleKnown;
        this.policies = List.copyOf(b.policies);
        this.trustPolicy = b.trustPolicy;
        this.managedPolicyArns = List.copyOf(b.managedPolicyArns);
        this.roleLocator = b.roleLocator;
        this.extras = Map.copyOf(b.extras);
    }

    /**
     * @param name       how reports name the machine (template logical id or file name), never null
     * @param machine    the model, never null
     * @param definition the definition as written (for scanning literals with their key names), never null
     * @param locator    maps definition pointers to the user's file, never null
     * @return a builder with unknown settings and no role
     */
    public static Builder builder(String name, StateMachine machine, JsonNode definition, Locator locator) {
        return new Builder(name, machine, definition, locator);
    }

    /** @return the machine's name in reports, never null */
    public String name() {
        return name;
    }

    /** @return the model, never null */
    public StateMachine machine() {
        return machine;
    }

    /** @return the definition as written, never null */
    public JsonNode definition() {
        return definition;
    }

    /** @return settings from the template, or unknown ones for a bare definition; never null */
    public MachineSettings settings() {
        return settings;
    }

    /** @return whether the execution role's policies were supplied (otherwise permission rules stay silent) */
    public boolean roleKnown() {
        return roleKnown;
    }

    /** @return the role's identity policies (inline, attached, expanded policy templates); never null */
    public List<PolicyDocument> policies() {
        return policies;
    }

    /** @return the role's trust policy, if known */
    public Optional<PolicyDocument> trustPolicy() {
        return Optional.ofNullable(trustPolicy);
    }

    /** @return ARNs of managed policies attached to the role, whose contents are not known; never null */
    public List<String> managedPolicyArns() {
        return managedPolicyArns;
    }

    /**
     * @param type the class of an input-specific detail an internal analysis attached, never null
     * @param <T>  its type
     * @return that detail, if the input had one
     */
    public <T> Optional<T> extra(Class<T> type) {
        return Optional.ofNullable(type.cast(extras.get(type)));
    }

    /**
     * Computes an analysis once per subject and returns the cached value afterwards.
     *
     * @param key     the analysis's type, used as cache key, never null
     * @param compute computes it from this subject, never null; must not call {@code memo} for the same key
     * @param <T>     the analysis type
     * @return the cached or computed value
     */
    public <T> T memo(Class<T> key, Function<AuditSubject, T> compute) {
        Object cached = memos.get(key);
        if (cached == null) {
            cached = compute.apply(this);
            Object raced = memos.putIfAbsent(key, cached);
            cached = raced == null ? cached : raced;
        }
        return key.cast(cached);
    }

    /**
     * @param definitionPointer pointer inside the definition, never null
     * @return where that node is in the user's file
     */
    public FindingLocation locate(String definitionPointer) {
        return definitionLocator.locate(definitionPointer);
    }

    /** @return where the execution role is declared (the role resource or the policy file); for role-wide findings */
    public FindingLocation roleLocation() {
        return roleLocator.locate("");
    }

    /**
     * Builds a finding at a place in the definition with the rule's id and default severity.
     *
     * @param rule              the reporting rule, never null
     * @param state             the state concerned, or null for machine-level findings
     * @param definitionPointer pointer inside the definition, never null
     * @param message           what is wrong, never null
     * @param fix               how to fix it, never null
     * @return the finding (not yet fingerprinted)
     */
    public Finding finding(AuditRule rule, State state, String definitionPointer, String message, String fix) {
        return new Finding(rule.id(), rule.defaultSeverity(), name, state == null ? null : state.name(),
                locate(definitionPointer), message, fix, null, definitionPointer, "", null);
    }

    /**
     * Builds a finding at a place in a policy document with the rule's id and default severity.
     *
     * @param rule    the reporting rule, never null
     * @param policy  the policy, never null
     * @param pointer pointer inside the policy, never null
     * @param message what is wrong, never null
     * @param fix     how to fix it, never null
     * @return the finding (not yet fingerprinted)
     */
    public Finding finding(AuditRule rule, PolicyDocument policy, String pointer, String message, String fix) {
        return new Finding(rule.id(), rule.defaultSeverity(), name, null, policy.locate(pointer), message, fix,
                null, policy.name() + pointer, "", null);
    }

    /**
     * Collects what an {@link AuditSubject} holds.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final String name;
        private final StateMachine machine;
        private final JsonNode definition;
        private final Locator definitionLocator;
        private MachineSettings settings;
        private boolean roleKnown;
        private final List<PolicyDocument> policies = new ArrayList<>();
        private PolicyDocument trustPolicy;
        private final List<String> managedPolicyArns = new ArrayList<>();
        private Locator roleLocator;
        private final Map<Class<?>, Object> extras = new ConcurrentHashMap<>();

        private Builder(String name, StateMachine machine, JsonNode definition, Locator locator) {
            this.name = Objects.requireNonNull(name, "name");
            this.machine = Objects.requireNonNull(machine, "machine");
            this.definition = Objects.requireNonNull(definition, "definition");
            this.definitionLocator = Objects.requireNonNull(locator, "locator");
            this.settings = MachineSettings.unknown(dev.stepproof.toolkit.WorkflowType.STANDARD, null);
            this.roleLocator = locator;
        }

        /** @return this, with {@code settings} */
        public Builder settings(MachineSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * Declares the execution role known, even with no policies (a role with no permissions).
         *
         * @param roleLocator where the role is declared, for role-wide findings; never null
         * @return this
         */
        public Builder role(Locator roleLocator) {
            this.roleKnown = true;
            this.roleLocator = Objects.requireNonNull(roleLocator, "roleLocator");
            return this;
        }

        /** @return this, with one more identity policy (and the role declared known) */
        public Builder policy(PolicyDocument policy) {
            this.roleKnown = true;
            policies.add(Objects.requireNonNull(policy, "policy"));
            return this;
        }

        /** @return this, with the trust policy */
        public Builder trustPolicy(PolicyDocument trust) {
            this.trustPolicy = trust;
            return this;
        }

        /** @return this, with one more attached managed policy ARN */
        public Builder managedPolicyArn(String arn) {
            managedPolicyArns.add(Objects.requireNonNull(arn, "arn"));
            return this;
        }

        /** @return this, with an input-specific detail for internal analyses */
        public <T> Builder extra(Class<T> type, T value) {
            extras.put(type, Objects.requireNonNull(value, "value"));
            return this;
        }

        /** @return the subject */
        public AuditSubject build() {
            return new AuditSubject(this);
        }
    }
}
