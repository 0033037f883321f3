package dev.stepproof.toolkit.internal.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static dev.stepproof.toolkit.internal.dataflow.TestContext.json;
import static org.assertj.core.api.BDDAssertions.then;

class RecordedComparisonTest {

    private static PassChainRunner.Outcome succeeded(String output) {
        return new PassChainRunner.Outcome("SUCCEEDED", json(output), null, null);
    }

    @Test
    void should_compare_numbers_by_value_and_ignore_member_order() {
        // GIVEN
        JsonNode expected = json("{'status': 'SUCCEEDED', 'output': {'a': 1.0, 'b': [1, 2]}}");
        // WHEN / THEN
        then(RecordedComparison.differences(expected, succeeded("{'b': [1, 2], 'a': 1}"))).isEmpty();
        then(RecordedComparison.differences(expected, succeeded("{'b': [2, 1], 'a': 1}"))).isNotEmpty();
        then(RecordedComparison.differences(expected, succeeded("{'b': [1, 2], 'a': 1, 'c': 0}"))).isNotEmpty();
    }

    @Test
    void should_only_require_volatile_values_to_exist() {
        // GIVEN
        JsonNode expected = json("{'status': 'SUCCEEDED', 'output': {'id': 'RandomNumberGenerated'},"
                + " 'volatile': [{'field': 'output', 'pointer': '/id'}]}");
        // WHEN / THEN
        then(RecordedComparison.differences(expected, succeeded("{'id': 4711}"))).isEmpty();
        then(RecordedComparison.differences(expected, succeeded("{}"))).isNotEmpty();
    }

    @Test
    void should_match_causes_exactly_or_against_their_volatile_pattern() {
        // GIVEN
        JsonNode exact = json("{'status': 'FAILED', 'error': 'States.Runtime', 'cause': 'boom'}");
        JsonNode patterned = json("{'status': 'FAILED', 'error': 'States.Runtime', 'cause': 'x',"
                + " 'volatile': [{'field': 'cause', 'pointer': '', 'pattern': \"in the input '<json-input:1>'\"}]}");
        // WHEN / THEN
        then(RecordedComparison.differences(exact, new PassChainRunner.Outcome("FAILED", null, "States.Runtime", "boom"))).isEmpty();
        then(RecordedComparison.differences(exact, new PassChainRunner.Outcome("FAILED", null, "States.Runtime", "boom!"))).isNotEmpty();
        then(RecordedComparison.differences(patterned,
                new PassChainRunner.Outcome("FAILED", null, "States.Runtime", "in the input '{\"a\":1}'"))).isEmpty();
        then(RecordedComparison.differences(patterned,
                new PassChainRunner.Outcome("FAILED", null, "States.Runtime", "in the input {}"))).isNotEmpty();
    }
}
