package dev.stepproof.toolkit.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.model.Catcher;
import dev.stepproof.toolkit.model.Retrier;

import java.util.ArrayList;
import java.util.List;

import static dev.stepproof.toolkit.internal.model.JsonFields.decimal;
import static dev.stepproof.toolkit.internal.model.JsonFields.integer;
import static dev.stepproof.toolkit.internal.model.JsonFields.json;
import static dev.stepproof.toolkit.internal.model.JsonFields.pathField;
import static dev.stepproof.toolkit.internal.model.JsonFields.strings;
import static dev.stepproof.toolkit.internal.model.JsonFields.text;

/** Reads {@code Retry} and {@code Catch} arrays; elements that are not objects are skipped. */
final class ErrorHandlingReader {

    private ErrorHandlingReader() {
    }

    static List<Retrier> retriers(JsonNode state) {
        List<Retrier> retriers = new ArrayList<>();
        for (JsonNode node : JsonFields.elements(state, "Retry")) {
            if (node.isObject()) {
                retriers.add(new Retrier(strings(node, "ErrorEquals"), integer(node, "IntervalSeconds"),
                        integer(node, "MaxAttempts"), decimal(node, "BackoffRate"),
                        integer(node, "MaxDelaySeconds"),
                        Retrier.JitterStrategy.fromAslName(text(node, "JitterStrategy")).orElse(null),
                        text(node, "Comment")));
            }
        }
        return retriers;
    }

    static List<Catcher> catchers(JsonNode state) {
        List<Catcher> catchers = new ArrayList<>();
        for (JsonNode node : JsonFields.elements(state, "Catch")) {
            if (node.isObject()) {
                catchers.add(new Catcher(strings(node, "ErrorEquals"), text(node, "Next"),
                        pathField(node, "ResultPath"), json(node, "Assign"), json(node, "Output"),
                        text(node, "Comment")));
            }
        }
        return catchers;
    }
}
