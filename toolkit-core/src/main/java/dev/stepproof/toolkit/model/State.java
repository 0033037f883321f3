package dev.stepproof.toolkit.model;

import java.util.List;

/**
 * One state of a state machine, Parallel branch or Map item processor. The hierarchy is sealed: handle every
 * type with {@link #accept(StateVisitor)} or a {@code switch} over {@link #type()} (both are checked for
 * exhaustiveness by the compiler on Java 17), never with a {@code default} branch.
 *
 * <p>The default methods give uniform access to what only some types have, so generic code (retry/catch
 * handling, graph walks) needs no casts: they return "none" for types that lack the feature.
 *
 * @since 0.1.0
 */
public sealed interface State
        permits TaskState, PassState, ChoiceState, WaitState, SucceedState, FailState, ParallelState, MapState {

    /** @return the state's key in its {@code States} object, never null */
    String name();

    /** @return the RFC 6901 pointer of the state in the source, e.g. {@code /States/P/Branches/0/States/X}, never null */
    String pointer();

    /** @return the state type, never null */
    StateType type();

    /** @return the {@code Comment}, or null */
    String comment();

    /** @return this state's own {@code QueryLanguage}, or null when it inherits the machine's */
    QueryLanguage queryLanguage();

    /** @return {@code Next}/{@code End}; {@link Transition#NONE} for Choice, Succeed and Fail */
    default Transition transition() {
        return Transition.NONE;
    }

    /** @return whether the workflow ends after this state: Succeed, Fail, or {@code "End": true} */
    default boolean isTerminal() {
        return transition().end();
    }

    /** @return the {@code Retry} list; empty for types without retry (all but Task, Parallel, Map) */
    default List<Retrier> retriers() {
        return List.of();
    }

    /** @return the {@code Catch} list; empty for types without catch (all but Task, Parallel, Map) */
    default List<Catcher> catchers() {
        return List.of();
    }

    /** @return the workflows nested directly in this state: Parallel branches, the Map processor; else empty */
    default List<Workflow> nestedWorkflows() {
        return List.of();
    }

    /**
     * Double dispatch to the visitor method for this state's type.
     *
     * @param visitor never null
     * @param <R>     the visitor's result type
     * @return what the visitor returned
     */
    <R> R accept(StateVisitor<R> visitor);
}
