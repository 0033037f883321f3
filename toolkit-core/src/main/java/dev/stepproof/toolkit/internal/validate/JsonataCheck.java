package dev.stepproof.toolkit.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** {@code {% %}} expressions of a state evaluated in JSONata: each must be whole and parse. */
final class JsonataCheck {
    /** Fields that hold structure, names or nested workflows rather than values. */
    private static final Set<String> NOT_VALUES = Set.of("Type", "Comment", "Next", "End", "Default",
            "QueryLanguage", "Resource", "Branches", "ItemProcessor", "Iterator", "Choices", "Catch", "Retry");

    private final StateCheck state;

    JsonataCheck(StateCheck state) {
        this.state = state;
    }

    static boolean isTemplate(String s) {
        return s.startsWith("{%") && s.endsWith("%}");
    }

    /** Strings that try to be a template but are not whole, e.g. {@code "{% $x"} or {@code "$x %}"}. */
    static boolean looksLikeTemplate(String s) {
        String t = s.strip();
        return t.startsWith("{%") || t.endsWith("%}");
    }

    void run() {
        JsonNode s = state.state();
        Iterator<Map.Entry<String, JsonNode>> it = s.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!NOT_VALUES.contains(e.getKey())) {
                values(e.getValue(), state.ptr(e.getKey()), e.getKey());
            }
        }
        JsonNode resource = s.get("Resource");
        if (resource != null && resource.isTextual() && looksLikeTemplate(resource.textValue())) {
            state.findings().error(Codes.INVALID_JSONATA, state.ptr("Resource"), "State '" + state.name()
                            + "' computes its Resource with a JSONata expression; AWS requires a literal Resource.",
                    "Write the ARN literally; pass variable parts in Arguments.");
        }
        int i = 0;
        for (JsonNode rule : Transitions.iterable(s.get("Choices"))) {
            String at = LocatedDocument.child(state.ptr("Choices"), i++);
            for (String f : new String[]{"Condition", "Output", "Assign"}) {
                values(rule.get(f), LocatedDocument.child(at, f), f);
            }
        }
        i = 0;
        for (JsonNode catcher : Transitions.iterable(s.get("Catch"))) {
            String at = LocatedDocument.child(state.ptr("Catch"), i++);
            values(catcher.get("Output"), LocatedDocument.child(at, "Output"), "Output");
            values(catcher.get("Assign"), LocatedDocument.child(at, "Assign"), "Assign");
        }
    }

    private void values(JsonNode node, String at, String field) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            String text = node.textValue();
            if (looksLikeTemplate(text)) {
                state.expressions().jsonataTemplate(text).ifPresent(p -> state.findings().error(Codes.INVALID_JSONATA, at,
                        "State '" + state.name() + "' field '" + field + "' has '" + text + "', which is not a valid JSONata template: " + p + ".",
                        "Write the whole value as {% expression %}, e.g. \"{% $states.input.id %}\"."));
            }
        } else if (node.isContainerNode()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                values(e.getValue(), LocatedDocument.child(at, e.getKey()), field);
            }
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    values(node.get(i), LocatedDocument.child(at, i), field);
                }
            }
        }
    }
}
