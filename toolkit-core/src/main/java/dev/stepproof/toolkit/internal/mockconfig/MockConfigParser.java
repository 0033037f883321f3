package dev.stepproof.toolkit.internal.mockconfig;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a parsed mock configuration against AWS's documented structure and builds the model. Reports every
 * problem it finds (never the first only), each located in the file; builds the model only when none is an ERROR.
 */
public final class MockConfigParser {

    /** What the parse produced: the diagnostics, and the model when none is an ERROR (else null). */
    public record Result(MockConfigModel model, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private static final String STATE_MACHINES = "StateMachines";
    private static final String MOCKED_RESPONSES = "MockedResponses";
    private static final String TEST_CASES = "TestCases";

    private final LocatedDocument doc;
    private final MockConfigProblems problems;

    private MockConfigParser(LocatedDocument doc) {
        this.doc = doc;
        this.problems = new MockConfigProblems(doc);
    }

    /** Parses {@code doc}; never throws on bad content. */
    public static Result parse(LocatedDocument doc) {
        return new MockConfigParser(doc).run();
    }

    private Result run() {
        JsonNode root = doc.root();
        if (!root.isObject()) {
            problems.rootNotObject(JsonKinds.describe(root));
            return new Result(null, problems.list());
        }
        problems.unknownFields(root, "", "the mock configuration", Set.of(STATE_MACHINES, MOCKED_RESPONSES));
        Set<String> defined = new LinkedHashSet<>();
        Map<String, MockedResponse> responses = responses(root.get(MOCKED_RESPONSES), defined);
        Map<String, List<TestCase>> testCases = stateMachines(root.get(STATE_MACHINES), defined);
        MockConfigModel model = problems.hasErrors() ? null : new MockConfigModel(testCases, responses);
        return new Result(model, problems.list());
    }

    /** Reads MockedResponses; {@code defined} receives every name, valid or not, so test cases are checked once. */
    private Map<String, MockedResponse> responses(JsonNode node, Set<String> defined) {
        Map<String, MockedResponse> out = new LinkedHashMap<>();
        String pointer = "/" + MOCKED_RESPONSES;
        if (!section(node, pointer, MOCKED_RESPONSES, "Add \"MockedResponses\": {\"<name>\": {\"0\": {\"Return\": …}}}.")) {
            return out;
        }
        ResponsesParser parser = new ResponsesParser(problems);
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            defined.add(e.getKey());
            parser.parse(e.getKey(), e.getValue(), LocatedDocument.child(pointer, e.getKey()))
                    .ifPresent(r -> out.put(r.name(), r));
        }
        return out;
    }

    private Map<String, List<TestCase>> stateMachines(JsonNode node, Set<String> defined) {
        Map<String, List<TestCase>> out = new LinkedHashMap<>();
        String pointer = "/" + STATE_MACHINES;
        if (!section(node, pointer, STATE_MACHINES,
                "Add \"StateMachines\": {\"<state machine name>\": {\"TestCases\": {…}}}.")) {
            return out;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String machine = e.getKey();
            out.put(machine, testCases(machine, e.getValue(), LocatedDocument.child(pointer, machine), defined));
        }
        return out;
    }

    private List<TestCase> testCases(String machine, JsonNode node, String pointer, Set<String> defined) {
        List<TestCase> out = new ArrayList<>();
        String subject = "State machine '" + machine + "'";
        if (!node.isObject()) {
            problems.wrongType(pointer, subject, "an object with \"TestCases\"", JsonKinds.describe(node));
            return out;
        }
        problems.unknownFields(node, pointer, "state machine '" + machine + "'", Set.of(TEST_CASES));
        JsonNode cases = node.get(TEST_CASES);
        String casesPointer = LocatedDocument.child(pointer, TEST_CASES);
        if (cases == null) {
            problems.missing(pointer, subject, TEST_CASES, "Add \"TestCases\": {\"<test case name>\": {\"<state name>\": \"<mocked response name>\"}}.");
            return out;
        }
        if (!cases.isObject()) {
            problems.wrongType(casesPointer, "\"TestCases\" of state machine '" + machine + "'",
                    "an object of test cases", JsonKinds.describe(cases));
            return out;
        }
        for (Map.Entry<String, JsonNode> e : cases.properties()) {
            testCase(machine, e.getKey(), e.getValue(), LocatedDocument.child(casesPointer, e.getKey()), defined)
                    .ifPresent(out::add);
        }
        return out;
    }

    private Optional<TestCase> testCase(String machine, String name, JsonNode node, String pointer,
                                                  Set<String> defined) {
        String subject = "Test case '" + name + "' of state machine '" + machine + "'";
        if (!node.isObject()) {
            problems.wrongType(pointer, subject, "an object mapping state names to mocked response names",
                    JsonKinds.describe(node));
            return Optional.empty();
        }
        Map<String, String> states = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String at = LocatedDocument.child(pointer, e.getKey());
            JsonNode value = e.getValue();
            if (!value.isTextual()) {
                problems.wrongType(at, "State '" + e.getKey() + "' in test case '" + name + "' of state machine '"
                                + machine + "'",
                        "a string naming a mocked response", JsonKinds.describe(value));
            } else if (!defined.contains(value.textValue())) {
                problems.unknownResponse(at, name, machine, e.getKey(), value.textValue(), defined);
            } else {
                states.put(e.getKey(), value.textValue());
            }
        }
        return Optional.of(new TestCase(machine, name, states));
    }

    /** Reports a missing or non-object top-level section; returns whether it can be read. */
    private boolean section(JsonNode node, String pointer, String name, String hint) {
        if (node == null) {
            problems.missing("", "The mock configuration", name, hint);
            return false;
        }
        if (!node.isObject()) {
            problems.wrongType(pointer, "\"" + name + "\"", "an object", JsonKinds.describe(node));
            return false;
        }
        return true;
    }
}
