package dev.stepproof.toolkit.internal.fault;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stepproof.toolkit.spi.TaskInvocation;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.within;

class ChaosDrawTest {

    private static TaskInvocation call(String state, int attempt, long millis) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return new TaskInvocation(state, "arn:aws:states:::lambda:invoke", "lambda", "invoke", nodes.objectNode(),
                attempt, nodes.objectNode(), Instant.ofEpochMilli(millis));
    }

    @Test
    void should_draw_the_same_number_for_the_same_seed_rule_and_call() {
        // WHEN
        double once = new ChaosDraw(7).next(0, call("A", 1, 0));
        double again = new ChaosDraw(7).next(0, call("A", 1, 0));
        // THEN
        then(again).isEqualTo(once);
        then(new ChaosDraw(8).next(0, call("A", 1, 0))).isNotEqualTo(once);
        then(new ChaosDraw(7).next(1, call("A", 1, 0))).isNotEqualTo(once);
    }

    @Test
    void should_tell_identical_calls_apart_by_their_order() {
        // GIVEN
        ChaosDraw draws = new ChaosDraw(7);
        // WHEN
        double first = draws.next(0, call("A", 1, 0));
        double second = draws.next(0, call("A", 1, 0));
        // THEN
        then(second).isNotEqualTo(first);
    }

    @Test
    void should_draw_uniformly_enough_for_probabilities() {
        // GIVEN
        ChaosDraw draws = new ChaosDraw(42);
        int below = 0;
        // WHEN
        for (int i = 0; i < 10_000; i++) {
            double d = draws.next(0, call("S" + i, 1 + i % 3, i));
            then(d).isBetween(0.0, 1.0).isNotEqualTo(1.0);
            below += d < 0.3 ? 1 : 0;
        }
        // THEN
        then(below / 10_000.0).isCloseTo(0.3, within(0.02));
    }
}
