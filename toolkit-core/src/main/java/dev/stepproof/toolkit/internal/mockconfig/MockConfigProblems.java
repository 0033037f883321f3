package dev.stepproof.toolkit.internal.mockconfig;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.Severity;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Factories for the mock-config diagnostics ({@code SP-M…}, docs/diagnostics.md). One method per kind, so each
 * text is written, and tested, in one place. Every diagnostic points into the file by JSON Pointer and position.
 */
final class MockConfigProblems {

    static final String READ = "SP-M001";
    static final String NOT_AN_OBJECT = "SP-M002";
    static final String MISSING = "SP-M003";
    static final String WRONG_TYPE = "SP-M004";
    static final String UNKNOWN_RESPONSE = "SP-M005";
    static final String BAD_KEY = "SP-M006";
    static final String OVERLAP = "SP-M007";
    static final String GAP = "SP-M008";
    static final String RETURN_XOR_THROW = "SP-M009";
    static final String BAD_THROW = "SP-M010";
    static final String NO_INVOCATIONS = "SP-M011";
    static final String UNKNOWN_FIELD = "SP-M012";

    private final LocatedDocument doc;
    private final List<Diagnostic> list = new ArrayList<>();

    MockConfigProblems(LocatedDocument doc) {
        this.doc = doc;
    }

    List<Diagnostic> list() {
        return List.copyOf(list);
    }

    boolean hasErrors() {
        return list.stream().anyMatch(Diagnostic::isError);
    }

    private void error(String code, String pointer, String message, String hint) {
        list.add(doc.diagnostic(code, Severity.ERROR, pointer, message, hint));
    }

    void rootNotObject(String actual) {
        error(NOT_AN_OBJECT, "", "The mock configuration must be a JSON object, but is " + actual + ".",
                "Write an object with \"StateMachines\" and \"MockedResponses\", as AWS documents for MockConfigFile.json.");
    }

    /** A required field is absent: {@code owner} names the object that lacks it ("The mock configuration", …). */
    void missing(String pointer, String owner, String field, String hint) {
        error(MISSING, pointer, owner + " has no \"" + field + "\" field.", hint);
    }

    /** {@code subject} is what is wrong ("\"StateMachines\"", "Test case 'HappyPath' of …"). */
    void wrongType(String pointer, String subject, String expected, String actual) {
        error(WRONG_TYPE, pointer, subject + " must be " + expected + ", but is " + actual + ".",
                "Write " + expected + " here, as AWS documents for MockConfigFile.json.");
    }

    void unknownResponse(String pointer, String testCase, String machine, String state, String response,
                         Collection<String> defined) {
        Optional<String> near = dev.stepproof.toolkit.internal.validate.Similar.closest(response, defined);
        error(UNKNOWN_RESPONSE, pointer, "Test case '" + testCase + "' of state machine '" + machine + "' maps state '"
                        + state + "' to mocked response '" + response + "', which \"MockedResponses\" does not define"
                        + near.map(n -> " (did you mean '" + n + "'?)").orElse("") + ".",
                "Name one of the mocked responses " + defined + ", or define '" + response
                        + "' under \"MockedResponses\".");
    }

    void badKey(String pointer, String response, String key, String reason) {
        error(BAD_KEY, pointer, "Mocked response '" + response + "' has the invocation key '" + key + "', " + reason + ".",
                "Use a 0-based invocation number (\"0\") or an inclusive range of them (\"1-2\").");
    }

    void overlap(String pointer, String response, int invocation, String firstKey, String secondKey) {
        error(OVERLAP, pointer, "Mocked response '" + response + "' answers invocation " + invocation + " twice: in '"
                        + firstKey + "' and in '" + secondKey + "'.",
                "Make the invocation ranges of '" + response + "' disjoint, so each invocation has one answer.");
    }

    /** {@code after} is the key before the gap, or null when the first key does not start at 0. */
    void gap(String pointer, String response, int missing, String after, String next) {
        error(GAP, pointer, "Mocked response '" + response + "' has no answer for invocation " + missing
                        + ": invocations are numbered from 0 without gaps, but "
                        + (after == null ? "the first key is '" + next + "'" : "'" + after + "' is followed by '" + next + "'")
                        + ".",
                "Add an answer for invocation " + missing + " (Step Functions Local fails the execution when an "
                        + "invocation has none).");
    }

    void returnXorThrow(String pointer, String response, String key, boolean both) {
        error(RETURN_XOR_THROW, pointer, "Invocation '" + key + "' of mocked response '" + response + "' has "
                        + (both ? "both \"Return\" and \"Throw\"" : "neither \"Return\" nor \"Throw\"")
                        + "; it must have exactly one.",
                both ? "Keep either the result (\"Return\") or the error (\"Throw\")."
                        : "Add \"Return\": <result> or \"Throw\": {\"Error\": …, \"Cause\": …}.");
    }

    void badThrow(String pointer, String response, String key, String problem) {
        error(BAD_THROW, pointer, "\"Throw\" of invocation '" + key + "' in mocked response '" + response
                        + "' must be an object with string fields \"Error\" and \"Cause\", but " + problem + ".",
                "Write \"Throw\": {\"Error\": \"Lambda.TimeoutException\", \"Cause\": \"Lambda timed out.\"}.");
    }

    void noInvocations(String pointer, String response) {
        error(NO_INVOCATIONS, pointer, "Mocked response '" + response + "' defines no invocation.",
                "Add at least \"0\": {\"Return\": …} or \"0\": {\"Throw\": …}.");
    }

    /** Warns about each field of {@code node} not in {@code known}. */
    void unknownFields(JsonNode node, String pointer, String where, Set<String> known) {
        List<String> sorted = known.stream().sorted().toList();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!known.contains(e.getKey())) {
                unknownField(LocatedDocument.child(pointer, e.getKey()), where, e.getKey(), sorted);
            }
        }
    }

    private void unknownField(String pointer, String where, String field, Collection<String> known) {
        Optional<String> near = dev.stepproof.toolkit.internal.validate.Similar.closest(field, known);
        list.add(doc.diagnostic(UNKNOWN_FIELD, Severity.WARNING, pointer, "Unknown field '" + field + "' in " + where
                        + near.map(n -> " (did you mean '" + n + "'?)").orElse("") + "; it is ignored.",
                "Remove it, or use one of " + known + "."));
    }
}
