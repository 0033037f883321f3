package dev.stepproof.toolkit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole state machine definition: the top-level fields and the top-level {@code States}. Nested states
 * live in their Parallel branches and Map processors; {@link #allStates()} flattens them.
 *
 * @param startAt        {@code StartAt}, or null when absent
 * @param states         the top-level states by name, in definition order; never null
 * @param comment        {@code Comment}, or null
 * @param version        {@code Version}, or null (AWS default {@code "1.0"})
 * @param timeoutSeconds {@code TimeoutSeconds}, or null (no execution timeout)
 * @param queryLanguage  {@code QueryLanguage}, or null (JSONPath)
 * @since 0.1.0
 */
public record StateMachine(String startAt, Map<String, State> states, String comment, String version,
                           Integer timeoutSeconds, QueryLanguage queryLanguage) {

    public StateMachine {
        states = ModelCopies.orderedMap(states);
    }

    /**
     * @return every state of the machine, nested ones included, depth first in definition order: each
     *         state is followed by the states of its branches (in order) or item processor
     */
    public List<State> allStates() {
        List<State> all = new ArrayList<>();
        Workflow.collect(states, all);
        return List.copyOf(all);
    }

    /**
     * @param name a state name, may be null
     * @return the first state of {@link #allStates()} with that name (names are unique machine-wide in
     *         valid definitions), or empty
     */
    public Optional<State> findState(String name) {
        return allStates().stream().filter(state -> state.name().equals(name)).findFirst();
    }

    /** @return the top level as a {@link Workflow} with pointer {@code ""}, so it runs like a branch */
    public Workflow asWorkflow() {
        return new Workflow("", startAt, states, comment);
    }

    /** @return the machine's query language, JSONPath when not set */
    public QueryLanguage effectiveQueryLanguage() {
        return queryLanguage == null ? QueryLanguage.JSONPATH : queryLanguage;
    }

    /**
     * @param state any state of this machine, never null
     * @return the state's own query language, else the machine's, else JSONPath
     */
    public QueryLanguage effectiveQueryLanguage(State state) {
        return Objects.requireNonNullElse(state.queryLanguage(), effectiveQueryLanguage());
    }
}
