package dev.stepproof.toolkit.internal.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.Mock;
import dev.stepproof.toolkit.Mocks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns a case's {@code mocks} block — responses per Task state, in call order, the last repeating — into
 * {@link Mocks}. The scenario format is the {@code Mock} builder written as data.
 */
final class ScenarioMocks {
    private ScenarioMocks() {
    }

    static Mocks of(JsonNode mocks) {
        List<Mock> list = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = mocks.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Mock mock = Mock.forState(e.getKey());
            JsonNode responses = e.getValue().isArray() ? e.getValue() : singleton(e.getValue());
            for (JsonNode r : responses) {
                mock = response(mock, r);
            }
            list.add(mock);
        }
        return Mocks.of(list.toArray(Mock[]::new));
    }

    private static JsonNode singleton(JsonNode response) {
        return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(response);
    }

    private static Mock response(Mock mock, JsonNode r) {
        if (r.has("delaySeconds")) {
            mock = mock.delays(Duration.ofMillis(Math.round(r.get("delaySeconds").asDouble() * 1000)));
        }
        if (r.has("return")) {
            return mock.returns(r.get("return"));
        }
        if (r.has("payload")) {
            return mock.returnsPayload(r.get("payload"));
        }
        if (r.has("throw")) {
            JsonNode t = r.get("throw");
            return mock.fails(t.path("error").asText(), t.hasNonNull("cause") ? t.get("cause").asText() : null);
        }
        if (r.has("throttle")) {
            return mock.throttles();
        }
        if (r.has("hang")) {
            return mock.hangs();
        }
        // Only a delay: the schema requires one response field, so this is "{}" after the delay.
        return mock.returns("{}");
    }
}
