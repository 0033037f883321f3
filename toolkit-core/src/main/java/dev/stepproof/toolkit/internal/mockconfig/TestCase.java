package dev.stepproof.toolkit.internal.mockconfig;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One test case of one state machine: which mocked response answers each mocked state.
 *
 * @param stateMachine the state machine's name (the key under {@code StateMachines})
 * @param name         the test case's name (the key under {@code TestCases})
 * @param responses    state name to mocked response name, in file order; copied
 */
public record TestCase(String stateMachine, String name, Map<String, String> responses) {
    public TestCase {
        Objects.requireNonNull(stateMachine, "stateMachine");
        Objects.requireNonNull(name, "name");
        responses = Collections.unmodifiableMap(new LinkedHashMap<>(responses));
    }
}
