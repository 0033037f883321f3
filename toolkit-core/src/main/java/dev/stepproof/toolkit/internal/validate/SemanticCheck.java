package dev.stepproof.toolkit.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Layer (b) of the validator: what a JSON Schema cannot say. Walks the raw tree rather than the model so
 * it can report on definitions the model could not represent; every access is type-checked, so odd input
 * yields diagnostics, never exceptions.
 */
public final class SemanticCheck {

    /** AWS's state-name quota (the spec says 128; AWS enforces 80). */
    static final int MAX_STATE_NAME = 80;

    private final ExpressionChecker expressions;
    private final Integrations integrations;

    public SemanticCheck(ExpressionChecker expressions, Integrations integrations) {
        this.expressions = expressions;
        this.integrations = integrations;
    }

    /**
     * @param express whether the machine is an EXPRESS workflow (no callbacks, no .sync)
     */
    public List<Diagnostic> check(LocatedDocument doc, boolean express) {
        Findings findings = new Findings(doc);
        JsonNode root = doc.root();
        if (!root.isObject()) {
            findings.error(Codes.NOT_AN_OBJECT, "", "The definition must be a JSON object, but is "
                    + Json.describe(root) + ".", "Write an object with \"StartAt\" and \"States\".");
            return findings.list();
        }
        boolean jsonata = "JSONata".equals(Json.text(root, "QueryLanguage"));
        Machine machine = new Machine(findings, jsonata, express);
        walkWorkflow(machine, root, "", null);
        return findings.list();
    }

    /** State names are unique machine-wide, so they are collected across all nested workflows. */
    static final class Machine {
        final Findings findings;
        final boolean topJsonata;
        final boolean express;
        final Map<String, String> statePointers = new HashMap<>();

        Machine(Findings findings, boolean topJsonata, boolean express) {
            this.findings = findings;
            this.topJsonata = topJsonata;
            this.express = express;
        }
    }

    /** One {@code StartAt}/{@code States} scope: the machine, a Parallel branch or a Map processor. */
    void walkWorkflow(Machine m, JsonNode wf, String pointer, String owner) {
        JsonNode states = wf.get("States");
        if (states == null || !states.isObject()) {
            return; // the schema reports a missing or mistyped States
        }
        String statesPtr = LocatedDocument.child(pointer, "States");
        Set<String> names = new LinkedHashSet<>();
        states.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            checkName(m, name, LocatedDocument.child(statesPtr, name));
        }
        String startAt = Json.text(wf, "StartAt");
        if (startAt != null && !names.contains(startAt)) {
            m.findings.error(Codes.START_AT_UNKNOWN, LocatedDocument.child(pointer, "StartAt"),
                    where(owner) + "StartAt names state '" + startAt + "', which is not among its States "
                            + names + ".", "Set StartAt to one of " + names + " or add a state named '" + startAt + "'.");
        }
        Scope scope = new Scope(m, names, statesPtr, owner);
        states.fields().forEachRemaining(e -> new StateCheck(this, scope, e.getKey(), e.getValue(),
                LocatedDocument.child(statesPtr, e.getKey())).run());
        if (startAt != null && names.contains(startAt)) {
            checkReachability(m, states, statesPtr, startAt, owner);
        }
    }

    private static String where(String owner) {
        return owner == null ? "The state machine's " : "The workflow of state '" + owner + "': ";
    }

    private void checkName(Machine m, String name, String pointer) {
        String previous = m.statePointers.putIfAbsent(name, pointer);
        if (previous != null) {
            m.findings.error(Codes.DUPLICATE_STATE_NAME, pointer, "State name '" + name
                            + "' is used more than once (also at " + previous + "); names must be unique across the whole machine, nested branches included.",
                    "Rename one of the states.");
        }
        if (name.isEmpty() || name.codePointCount(0, name.length()) > MAX_STATE_NAME) {
            m.findings.error(Codes.STATE_NAME_INVALID, pointer, "State name '" + abbreviate(name) + "' has "
                            + name.codePointCount(0, name.length()) + " characters; AWS accepts 1 to " + MAX_STATE_NAME + ".",
                    "Shorten the state name.");
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    private void checkReachability(Machine m, JsonNode states, String statesPtr, String startAt, String owner) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.push(startAt);
        boolean terminal = false;
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!seen.add(name)) {
                continue;
            }
            JsonNode state = states.get(name);
            if (state == null || !state.isObject()) {
                continue;
            }
            terminal |= Transitions.isTerminal(state);
            for (String target : Transitions.targets(state)) {
                if (states.has(target)) {
                    todo.push(target);
                }
            }
        }
        states.fieldNames().forEachRemaining(name -> {
            if (!seen.contains(name)) {
                m.findings.error(Codes.UNREACHABLE_STATE, LocatedDocument.child(statesPtr, name),
                        "State '" + name + "' cannot be reached from StartAt '" + startAt + "'; AWS rejects unreachable states.",
                        "Point a Next, Default or Catch at '" + name + "', or remove it.");
            }
        });
        if (!terminal) {
            m.findings.error(Codes.NO_TERMINAL_STATE, statesPtr, (owner == null ? "The state machine" : "The workflow of state '" + owner + "'")
                            + " has no reachable terminal state (Succeed, Fail, or a state with \"End\": true).",
                    "End the workflow with \"End\": true or a Succeed or Fail state.");
        }
    }

    ExpressionChecker expressions() {
        return expressions;
    }

    Integrations integrations() {
        return integrations;
    }

    /** The names of one workflow's States, against which its transitions are resolved. */
    record Scope(Machine machine, Set<String> names, String statesPointer, String owner) {
        Findings findings() {
            return machine.findings;
        }
    }
}
