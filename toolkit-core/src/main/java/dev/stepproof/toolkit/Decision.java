package dev.stepproof.toolkit;

/**
 * A branch the interpreter took, recorded for workflow coverage: a transition between states, a Choice rule
 * (or the Default), a retrier or a catcher. Unlike the history, decisions say which rule or handler fired.
 *
 * @param kind   what was decided
 * @param state  the state that decided
 * @param index  the rule, retrier or catcher index (0-based); -1 for transitions and Default
 * @param target the state transitioned to, or null when the decision ends the workflow or retries
 * @since 0.1.0
 */
public record Decision(Kind kind, String state, int index, String target) {

    /** The kinds of decision. */
    public enum Kind {
        /** The state exited to {@code target} (null: its workflow ended). */
        TRANSITION,
        /** Choice rule {@code index} matched. */
        CHOICE_RULE,
        /** No Choice rule matched; the Default was taken. */
        CHOICE_DEFAULT,
        /** Retrier {@code index} retried the state. */
        RETRY,
        /** Catcher {@code index} caught an error and went to {@code target}. */
        CATCH
    }
}
