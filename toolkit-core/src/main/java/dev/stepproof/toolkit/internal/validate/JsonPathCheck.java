package dev.stepproof.toolkit.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Paths and payload templates of a state evaluated in JSONPath. */
final class JsonPathCheck {
    private static final List<String> PATHS = List.of("InputPath", "OutputPath");
    private static final List<String> REFERENCE_PATHS = List.of("ItemsPath", "TimeoutSecondsPath",
            "HeartbeatSecondsPath", "SecondsPath", "TimestampPath", "MaxConcurrencyPath",
            "ToleratedFailureCountPath", "ToleratedFailurePercentagePath");
    private static final List<String> TEMPLATES = List.of("Parameters", "ResultSelector", "ItemSelector", "Credentials");

    private final StateCheck state;

    JsonPathCheck(StateCheck state) {
        this.state = state;
    }

    void run() {
        JsonNode s = state.state();
        for (String f : PATHS) {
            path(s, f, state.ptr(f));
        }
        for (String f : REFERENCE_PATHS) {
            referencePath(s, f, state.ptr(f));
        }
        resultPath(s, state.ptr("ResultPath"));
        for (String f : List.of("ErrorPath", "CausePath")) {
            JsonNode v = s.get(f);
            if (v != null && v.isTextual()) {
                state.reportExpression(Codes.INVALID_REFERENCE_PATH, state.ptr(f), f, v.textValue(),
                        state.expressions().failPath(v.textValue()),
                        "Use a reference path such as \"$.error\" or one of the intrinsics AWS allows in " + f + ".");
            }
        }
        for (String f : TEMPLATES) {
            template(s.get(f), state.ptr(f));
        }
        nested(s, "ItemReader", "Parameters");
        nested(s, "ResultWriter", "Parameters");
        nested(s, "ItemBatcher", "BatchInput");
        JsonNode reader = s.get("ItemReader");
        if (reader != null && reader.isObject()) {
            referencePath(reader.get("ReaderConfig"), "MaxItemsPath",
                    LocatedDocument.child(LocatedDocument.child(state.ptr("ItemReader"), "ReaderConfig"), "MaxItemsPath"));
        }
        JsonNode batcher = s.get("ItemBatcher");
        for (String f : List.of("MaxItemsPerBatchPath", "MaxInputBytesPerBatchPath")) {
            referencePath(batcher, f, LocatedDocument.child(state.ptr("ItemBatcher"), f));
        }
        template(s.get("Assign"), state.ptr("Assign"));
        int i = 0;
        for (JsonNode catcher : Transitions.iterable(s.get("Catch"))) {
            String at = LocatedDocument.child(state.ptr("Catch"), i++);
            resultPath(catcher, LocatedDocument.child(at, "ResultPath"));
            template(catcher.get("Assign"), LocatedDocument.child(at, "Assign"));
        }
        i = 0;
        for (JsonNode rule : Transitions.iterable(s.get("Choices"))) {
            String at = LocatedDocument.child(state.ptr("Choices"), i++);
            template(rule.get("Assign"), LocatedDocument.child(at, "Assign"));
        }
    }

    private void nested(JsonNode s, String holder, String field) {
        JsonNode h = s.get(holder);
        if (h != null && h.isObject()) {
            template(h.get(field), LocatedDocument.child(state.ptr(holder), field));
        }
    }

    private void path(JsonNode node, String field, String at) {
        JsonNode v = node == null ? null : node.get(field);
        if (v != null && v.isTextual()) {
            state.reportExpression(Codes.INVALID_PATH, at, field, v.textValue(), state.expressions().jsonPath(v.textValue()),
                    "Write a JSONPath that starts with '$', such as \"$.order\".");
        }
    }

    private void referencePath(JsonNode node, String field, String at) {
        JsonNode v = node == null ? null : node.get(field);
        if (v != null && v.isTextual()) {
            state.reportExpression(Codes.INVALID_REFERENCE_PATH, at, field, v.textValue(),
                    state.expressions().referencePath(v.textValue()),
                    "Write a reference path to one node, such as \"$.items\" (no wildcards, filters or slices).");
        }
    }

    private void resultPath(JsonNode node, String at) {
        JsonNode v = node == null ? null : node.get("ResultPath");
        if (v == null || !v.isTextual()) {
            return;
        }
        String p = v.textValue();
        if (p.startsWith("$$") || (p.length() > 1 && p.startsWith("$") && p.charAt(1) != '.' && p.charAt(1) != '[')) {
            state.findings().error(Codes.INVALID_REFERENCE_PATH, at, "State '" + state.name() + "' field 'ResultPath' has '"
                            + p + "'; ResultPath must point into the state's input ($…), not at the context object or a variable.",
                    "Write a reference path such as \"$.result\"; to keep a value in a variable use \"Assign\".");
            return;
        }
        referencePath(node, "ResultPath", at);
    }

    /** Walks a payload template: {@code .$} keys must hold expressions; {@code a} and {@code a.$} may not coexist. */
    void template(JsonNode node, String at) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                template(node.get(i), LocatedDocument.child(at, i));
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            String keyAt = LocatedDocument.child(at, key);
            if (key.endsWith(".$")) {
                String plain = key.substring(0, key.length() - 2);
                if (node.has(plain)) {
                    state.findings().error(Codes.DUPLICATE_TEMPLATE_FIELD, keyAt, "State '" + state.name() + "' has both '"
                                    + plain + "' and '" + key + "' in the same object; both would produce the field '" + plain + "'.",
                            "Keep only one of '" + plain + "' and '" + key + "'.");
                }
                expression(e.getValue(), key, keyAt);
            } else {
                template(e.getValue(), keyAt);
            }
        }
    }

    private void expression(JsonNode value, String key, String at) {
        if (!value.isTextual()) {
            state.findings().error(Codes.INVALID_PAYLOAD_EXPRESSION, at, "State '" + state.name() + "' field '" + key
                            + "' must hold a string (a path or an intrinsic function call), but holds " + Json.describe(value) + ".",
                    "Drop the '.$' suffix to use the value literally, or write a path such as \"$.x\".");
            return;
        }
        state.expressions().payloadExpression(value.textValue()).ifPresent(p -> state.findings().error(
                Codes.INVALID_PAYLOAD_EXPRESSION, at, "State '" + state.name() + "' field '" + key + "' has '" + value.textValue()
                        + "', which is not a valid JSONPath or intrinsic function call: " + p + ".",
                "Write a path ($.x, $$.Execution.Id, $variable) or an intrinsic such as States.Format('{}', $.x); "
                        + "drop the '.$' suffix to use the text literally."));
    }
}
