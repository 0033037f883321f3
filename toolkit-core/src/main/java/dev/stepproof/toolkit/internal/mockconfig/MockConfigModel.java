package dev.stepproof.toolkit.internal.mockconfig;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A valid mock configuration: test cases per state machine, and the mocked responses they name. Every name a
 * test case uses is defined (the reader guarantees it).
 *
 * @param testCases state machine name to its test cases, both in file order; copied
 * @param responses mocked response name to response; copied
 */
public record MockConfigModel(Map<String, List<TestCase>> testCases, Map<String, MockedResponse> responses) {
    public MockConfigModel {
        Map<String, List<TestCase>> copy = new LinkedHashMap<>();
        testCases.forEach((machine, cases) -> copy.put(machine, List.copyOf(cases)));
        testCases = Collections.unmodifiableMap(copy);
        responses = Collections.unmodifiableMap(new LinkedHashMap<>(responses));
    }
}
