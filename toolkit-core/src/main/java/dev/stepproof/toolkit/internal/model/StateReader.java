package dev.stepproof.toolkit.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.model.FailState;
import dev.stepproof.toolkit.model.PassState;
import dev.stepproof.toolkit.model.State;
import dev.stepproof.toolkit.model.StateType;
import dev.stepproof.toolkit.model.SucceedState;
import dev.stepproof.toolkit.model.WaitState;

import static dev.stepproof.toolkit.internal.model.JsonFields.json;
import static dev.stepproof.toolkit.internal.model.JsonFields.numberOrExpression;
import static dev.stepproof.toolkit.internal.model.JsonFields.pathField;
import static dev.stepproof.toolkit.internal.model.JsonFields.text;

/** Reads one state: dispatches on {@code Type} and reads the simple types itself. */
final class StateReader {

    private StateReader() {
    }

    /** @return the state, or null when {@code node} is not an object or has no known {@code Type} */
    static State state(String name, JsonNode node, String pointer) {
        StateType type = StateType.fromAslName(text(node, "Type")).orElse(null);
        if (type == null) {
            return null;
        }
        StateHeader header = StateHeader.read(name, node, pointer);
        return switch (type) {
            case TASK -> TaskReader.task(header, node);
            case PASS -> pass(header, node);
            case CHOICE -> ChoiceReader.choice(header, node);
            case WAIT -> waitState(header, node);
            case SUCCEED -> succeed(header);
            case FAIL -> fail(header, node);
            case PARALLEL -> TaskReader.parallel(header, node);
            case MAP -> MapReader.map(header, node);
        };
    }

    private static PassState pass(StateHeader h, JsonNode node) {
        return new PassState(h.name(), h.pointer(), h.comment(), h.queryLanguage(), h.transition(),
                h.inputPath(), h.outputPath(), json(node, "Parameters"), json(node, "Result"),
                pathField(node, "ResultPath"), h.assign(), h.output());
    }

    private static WaitState waitState(StateHeader h, JsonNode node) {
        return new WaitState(h.name(), h.pointer(), h.comment(), h.queryLanguage(), h.transition(),
                h.inputPath(), h.outputPath(), numberOrExpression(node, "Seconds"), text(node, "SecondsPath"),
                text(node, "Timestamp"), text(node, "TimestampPath"), h.assign(), h.output());
    }

    private static SucceedState succeed(StateHeader h) {
        return new SucceedState(h.name(), h.pointer(), h.comment(), h.queryLanguage(), h.inputPath(),
                h.outputPath(), h.output());
    }

    private static FailState fail(StateHeader h, JsonNode node) {
        return new FailState(h.name(), h.pointer(), h.comment(), h.queryLanguage(), text(node, "Error"),
                text(node, "ErrorPath"), text(node, "Cause"), text(node, "CausePath"));
    }
}
