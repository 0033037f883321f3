package dev.stepproof.junit.internal;

import dev.stepproof.toolkit.Execution;

/**
 * An execution a harness ran, with what the failure report needs besides it. Not API.
 *
 * @param definition the definition's source label, e.g. {@code classpath:statemachines/x.asl.json}
 * @param input      the execution input as compact JSON
 * @param execution  the finished execution
 * @since 0.1.0
 */
public record RecordedExecution(String definition, String input, Execution execution) {
}
