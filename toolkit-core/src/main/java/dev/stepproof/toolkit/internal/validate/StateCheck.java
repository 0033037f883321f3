package dev.stepproof.toolkit.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The semantic checks of one state, dispatched on its Type. */
final class StateCheck {

    private static final Set<String> NO_TRANSITION_TYPES = Set.of("Choice", "Succeed", "Fail");
    private static final List<String> JSONPATH_ONLY = List.of(
            "InputPath", "OutputPath", "Parameters", "ResultSelector", "ResultPath", "ItemsPath",
            "TimeoutSecondsPath", "HeartbeatSecondsPath", "SecondsPath", "TimestampPath",
            "ErrorPath", "CausePath", "MaxConcurrencyPath", "ToleratedFailureCountPath",
            "ToleratedFailurePercentagePath", "Result");
    private static final List<String> JSONATA_ONLY = List.of("Arguments", "Output", "Items");
    private static final String[][] EXCLUSIVE = {
            {"TimeoutSeconds", "TimeoutSecondsPath"}, {"HeartbeatSeconds", "HeartbeatSecondsPath"},
            {"Error", "ErrorPath"}, {"Cause", "CausePath"}, {"ItemProcessor", "Iterator"},
            {"ItemSelector", "Parameters"}, {"MaxConcurrency", "MaxConcurrencyPath"},
            {"ToleratedFailureCount", "ToleratedFailureCountPath"},
            {"ToleratedFailurePercentage", "ToleratedFailurePercentagePath"}};

    private final SemanticCheck owner;
    private final SemanticCheck.Scope scope;
    private final String name;
    private final JsonNode state;
    private final String pointer;
    private final Findings findings;

    StateCheck(SemanticCheck owner, SemanticCheck.Scope scope, String name, JsonNode state, String pointer) {
        this.owner = owner;
        this.scope = scope;
        this.name = name;
        this.state = state;
        this.pointer = pointer;
        this.findings = scope.findings();
    }

    void run() {
        if (!state.isObject()) {
            return; // the schema reports it
        }
        String type = Json.text(state, "Type");
        boolean jsonata = queryLanguage();
        checkNextEnd(type);
        checkTargets();
        checkExclusive(state, pointer);
        checkQueryLanguageFields(jsonata);
        new ErrorHandlingCheck(this).run();
        if (jsonata) {
            new JsonataCheck(this).run();
        } else {
            new JsonPathCheck(this).run();
        }
        new AssignCheck(this).run(state.get("Assign"), ptr("Assign"));
        switch (type == null ? "" : type) {
            case "Task" -> new TaskCheck(this).run();
            case "Wait" -> checkWait(jsonata);
            case "Choice" -> new ChoiceCheck(this, jsonata).run();
            case "Parallel" -> checkParallel();
            case "Map" -> new MapCheck(this).run();
            default -> { }
        }
    }

    /** @return whether the state is evaluated in JSONata */
    private boolean queryLanguage() {
        String own = Json.text(state, "QueryLanguage");
        if ("JSONPath".equals(own) && scope.machine().topJsonata) {
            findings.error(Codes.QUERY_LANGUAGE_CONFLICT, ptr("QueryLanguage"), "State '" + name
                            + "' sets QueryLanguage 'JSONPath', but the state machine is JSONata; a state may only switch from JSONPath to JSONata.",
                    "Remove the state's QueryLanguage or convert the state to JSONata.");
        }
        return own != null ? "JSONata".equals(own) : scope.machine().topJsonata;
    }

    private void checkNextEnd(String type) {
        boolean next = state.has("Next");
        boolean end = state.has("End");
        if (type == null || NO_TRANSITION_TYPES.contains(type)) {
            return; // the schema reports a missing Type, and rejects Next/End on these types (Set.of rejects null)
        }
        if (next && end) {
            findings.error(Codes.NEXT_END, ptr("End"), "State '" + name + "' has both \"Next\" and \"End\".",
                    "Keep \"Next\" to continue, or \"End\": true to finish the workflow, not both.");
        } else if (!next && !end) {
            findings.error(Codes.NEXT_END, pointer, "State '" + name + "' has neither \"Next\" nor \"End\"; a " + type
                            + " state must say where the workflow goes.",
                    "Add \"Next\": \"<state>\" or \"End\": true.");
        } else if (end && !Json.isTrue(state, "End") && state.get("End").isBoolean()) {
            findings.error(Codes.NEXT_END, ptr("End"), "State '" + name + "' has \"End\": false, which AWS rejects.",
                    "Use \"Next\" to continue, or \"End\": true.");
        }
    }

    private void checkTargets() {
        target(Json.text(state, "Next"), ptr("Next"));
        target(Json.text(state, "Default"), ptr("Default"));
        int i = 0;
        for (JsonNode rule : Transitions.iterable(state.get("Choices"))) {
            target(Json.text(rule, "Next"), LocatedDocument.child(LocatedDocument.child(ptr("Choices"), i++), "Next"));
        }
        i = 0;
        for (JsonNode catcher : Transitions.iterable(state.get("Catch"))) {
            target(Json.text(catcher, "Next"), LocatedDocument.child(LocatedDocument.child(ptr("Catch"), i++), "Next"));
        }
    }

    private void target(String target, String at) {
        if (target == null || scope.names().contains(target)) {
            return;
        }
        if (scope.machine().statePointers.containsKey(target)) {
            findings.error(Codes.TARGET_OUTSIDE_SCOPE, at, "State '" + name + "' transitions to '" + target
                            + "', which is in another branch or workflow; a transition must stay inside its own States object.",
                    "Return data from the branch and transition after the enclosing Parallel or Map state.");
        } else {
            findings.error(Codes.TARGET_UNKNOWN, at, "State '" + name + "' transitions to '" + target
                            + "', but no state has that name" + nearest(target) + ".",
                    "Name an existing state among " + scope.names() + ".");
        }
    }

    private String nearest(String target) {
        return Similar.closest(target, scope.names()).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    void checkExclusive(JsonNode node, String at) {
        for (String[] pair : EXCLUSIVE) {
            if (node.has(pair[0]) && node.has(pair[1])) {
                findings.error(Codes.MUTUALLY_EXCLUSIVE, LocatedDocument.child(at, pair[1]), "State '" + name
                                + "' has both '" + pair[0] + "' and '" + pair[1] + "'; they are mutually exclusive.",
                        "Keep only one of '" + pair[0] + "' and '" + pair[1] + "'.");
            }
        }
    }

    private void checkQueryLanguageFields(boolean jsonata) {
        for (String field : jsonata ? JSONPATH_ONLY : JSONATA_ONLY) {
            if (state.has(field)) {
                findings.error(Codes.FIELD_WRONG_QUERY_LANGUAGE, ptr(field), "State '" + name + "' uses '" + field
                                + "', a " + (jsonata ? "JSONPath" : "JSONata") + " field, but the state is evaluated in "
                                + (jsonata ? "JSONata" : "JSONPath") + ".",
                        jsonata ? "Use the JSONata fields Arguments, Output and Items with {% %} expressions, or set \"QueryLanguage\": \"JSONPath\" on the state."
                                : "Set \"QueryLanguage\": \"JSONata\" on the state (or the machine), or use the JSONPath fields Parameters, ResultSelector and OutputPath.");
            }
        }
    }

    private void checkWait(boolean jsonata) {
        List<String> fields = jsonata ? List.of("Seconds", "Timestamp")
                : List.of("Seconds", "Timestamp", "SecondsPath", "TimestampPath");
        long count = fields.stream().filter(state::has).count();
        if (count != 1) {
            findings.error(Codes.WAIT_DURATION, pointer, "Wait state '" + name + "' must have exactly one of "
                            + fields + ", but has " + count + ".",
                    count == 0 ? "Add one of " + fields + "." : "Keep only one of them.");
        }
        JsonNode ts = state.get("Timestamp");
        // Literal timestamps are the schema's (SP-S008); it cannot know that a "{% %}" value sits in a
        // state that inherits JSONPath, where it is a literal, and not a valid one.
        if (ts != null && ts.isTextual() && !jsonata && JsonataCheck.looksLikeTemplate(ts.textValue())) {
            findings.error(Codes.INVALID_TIMESTAMP, ptr("Timestamp"), "Wait state '" + name + "' has Timestamp '"
                            + ts.textValue() + "', which is not an RFC 3339 timestamp; the state is evaluated in JSONPath, so the {% %} expression is not evaluated.",
                    "Set \"QueryLanguage\": \"JSONata\" on the state or the machine, or write a literal like \"2026-01-31T23:59:59Z\".");
        }
    }

    private void checkParallel() {
        int i = 0;
        for (JsonNode branch : Transitions.iterable(state.get("Branches"))) {
            if (branch.isObject()) {
                owner.walkWorkflow(scope.machine(), branch, LocatedDocument.child(ptr("Branches"), i), name);
            }
            i++;
        }
    }

    void walkNested(JsonNode workflow, String at) {
        owner.walkWorkflow(scope.machine(), workflow, at, name);
    }

    String ptr(String field) {
        return LocatedDocument.child(pointer, field);
    }

    JsonNode state() {
        return state;
    }

    String name() {
        return name;
    }

    String pointer() {
        return pointer;
    }

    Findings findings() {
        return findings;
    }

    boolean express() {
        return scope.machine().express;
    }

    ExpressionChecker expressions() {
        return owner.expressions();
    }

    Integrations integrations() {
        return owner.integrations();
    }

    void reportExpression(String code, String at, String field, String value, Optional<String> problem, String hint) {
        problem.ifPresent(p -> findings.error(code, at, "State '" + name + "' field '" + field + "' has '" + value
                + "', which is not valid: " + p + ".", hint));
    }
}
