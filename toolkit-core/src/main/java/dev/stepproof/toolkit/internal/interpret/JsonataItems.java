package dev.stepproof.toolkit.internal.interpret;

import dev.stepproof.toolkit.internal.text.JsonText;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.jsonata.JsonataError;
import dev.stepproof.toolkit.internal.jsonata.JsonataExpression;
import dev.stepproof.toolkit.internal.jsonata.JsonataValue;
import dev.stepproof.toolkit.model.MapState;

/**
 * What a JSONata Map evaluates before and while it iterates: Items, ItemSelector and MaxConcurrency. All read
 * {@code $states} of the Map state; ItemSelector also sees {@code $states.context.Map.Item}.
 */
final class JsonataItems {
    private final JsonataValue items;
    private final JsonataValue selector;
    private final JsonataNumber maxConcurrency;

    JsonataItems(MapState s) {
        items = JsonataValue.compile(s.items(), "Items");
        selector = JsonataValue.compile(s.itemSelector(), "ItemSelector");
        maxConcurrency = JsonataNumber.nonNegative(s.maxConcurrency(), "MaxConcurrency");
    }

    /** @return the array to iterate: Items, or the state input when there are none (AWS-REC texts when not an array) */
    JsonNode items(Visit v) {
        if (items == null) {
            if (!v.rawInput.isArray()) {
                throw JsonataError.of("Map state input must be an array but was: " + v.rawInput, null, false);
            }
            return v.rawInput;
        }
        JsonNode value = items.evaluate(v.states(null, null));
        if (!value.isArray()) {
            JsonataExpression whole = items.expression();
            throw JsonataError.unexpectedType(whole == null ? JsonText.compact(value) : whole.text(), "Items", "array", value);
        }
        return value;
    }

    /** @return MaxConcurrency (0: no limit) */
    long maxConcurrency(Visit v, Long literal) {
        if (maxConcurrency != null) {
            return maxConcurrency.evaluateLong(v);
        }
        return literal == null ? 0 : literal;
    }

    /** @return whether items are reshaped by an ItemSelector */
    boolean selects() {
        return selector != null;
    }

    /** @return the current item (set with {@link Visit#mapItem}) shaped by the ItemSelector */
    JsonNode select(Visit v) {
        return selector.evaluate(v.states(null, null));
    }
}
