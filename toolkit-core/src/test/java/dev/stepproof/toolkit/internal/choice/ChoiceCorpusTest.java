package dev.stepproof.toolkit.internal.choice;

import dev.stepproof.toolkit.internal.dataflow.TestContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.internal.dataflow.StatesError;
import dev.stepproof.toolkit.model.ChoiceRule;
import dev.stepproof.toolkit.model.ChoiceState;
import dev.stepproof.toolkit.model.State;
import dev.stepproof.toolkit.model.StateMachine;
import dev.stepproof.toolkit.model.WaitState;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

/**
 * Replays the AWS-recorded executions whose outcome depends on one JSONPath Choice alone: a top-level Choice
 * state first, followed only by Pass, Succeed and Fail states. The Choice is evaluated on the case's input with
 * {@link ChoiceCompiler}; the branch then runs through a miniature of those three state types, and the result
 * must agree with the recorded status, output (or error and cause) and, when recorded, state sequence.
 * Also replays the recorded SecondsPath/TimestampPath failures of a Wait state that comes first.
 */
class ChoiceCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Choice-state fields this replay does not model. */
    private static final Set<String> UNMODELLED_CHOICE_FIELDS = Set.of("InputPath", "OutputPath", "Assign", "Output", "QueryLanguage");
    /** Pass-state fields the miniature models: the rest (Parameters, ResultPath, ...) make a case ineligible. */
    private static final Set<String> MODELLED_PASS_FIELDS = Set.of("Type", "Result", "Next", "End", "Comment");

    @Test
    void should_take_the_branch_aws_took_in_every_choice_only_case() {
        // GIVEN
        List<JsonNode> cases = cases();
        List<String> disagreements = new ArrayList<>();
        TreeMap<String, Integer> skipped = new TreeMap<>();
        int eligible = 0;
        int withSequence = 0;
        for (JsonNode c : cases) {
            String why = ineligible(c);
            if (why != null) {
                if (!why.isEmpty()) {
                    skipped.merge(why, 1, Integer::sum);
                }
                continue;
            }
            eligible++;
            withSequence += c.path("expected").has("stateSequence") ? 1 : 0;
            // WHEN
            Outcome outcome = run(c);
            // THEN
            String mismatch = outcome.mismatch(c.path("expected"));
            if (mismatch != null) {
                disagreements.add(c.path("name").asText() + ": " + mismatch);
            }
        }
        System.out.println("Choice corpus: " + (eligible - disagreements.size()) + " of " + eligible
                + " Choice-only cases agree with AWS (" + withSequence + " with a recorded state sequence); skipped " + skipped);
        then(disagreements).isEmpty();
        then(eligible).isGreaterThanOrEqualTo(300);
    }

    @Test
    void should_raise_the_recorded_wait_path_failures() {
        // GIVEN
        List<JsonNode> cases = new ArrayList<>();
        for (JsonNode c : cases()) {
            String cause = c.path("expected").path("cause").asText();
            if (c.path("expected").path("error").asText().equals("States.Runtime")
                    && (cause.contains("The SecondsPath parameter") || cause.contains("The TimestampPath parameter"))) {
                cases.add(c);
            }
        }
        then(cases).hasSizeGreaterThanOrEqualTo(5);
        for (JsonNode c : cases) {
            StateMachine machine = machine(c);
            WaitState wait = (WaitState) machine.states().get(machine.startAt());
            // WHEN
            Throwable thrown = catchThrowable(() -> WaitCalculator.of(wait).until(TestContext.of(c.path("input")), Instant.EPOCH));
            // THEN the first state is entered at event #2
            then(thrown).as(c.path("name").asText()).isInstanceOf(StatesError.class);
            StatesError error = (StatesError) thrown;
            then(prefix(wait.name(), 2) + error.causeText()).as(c.path("name").asText()).isEqualTo(c.path("expected").path("cause").asText());
        }
    }

    /** @return null when the case is eligible, "" when it is not a Choice case at all, else why it is skipped */
    private static String ineligible(JsonNode c) {
        JsonNode definition = c.path("definition");
        if (!has(c.path("features"), "State:Choice")) {
            return "";
        }
        JsonNode first = definition.path("States").path(definition.path("StartAt").asText());
        if (!first.path("Type").asText().equals("Choice")) {
            return "first state is not a Choice";
        }
        if (definition.path("QueryLanguage").asText().equals("JSONata")) {
            return "JSONata";
        }
        for (JsonNode feature : c.path("features")) {
            String f = feature.asText();
            if (f.startsWith("Variables:") || f.startsWith("JSONata") || f.equals("ContextObject")) {
                return f;
            }
        }
        for (String field : UNMODELLED_CHOICE_FIELDS) {
            if (first.has(field)) {
                return "Choice " + field;
            }
        }
        for (JsonNode rule : first.path("Choices")) {
            if (rule.has("Assign") || rule.has("Output")) {
                return "rule Assign/Output";
            }
        }
        Iterator<JsonNode> states = definition.path("States").elements();
        while (states.hasNext()) {
            JsonNode state = states.next();
            if (state == first) {
                continue;
            }
            String type = state.path("Type").asText();
            if (!type.equals("Pass") && !type.equals("Succeed") && !type.equals("Fail")) {
                return "a " + type + " state";
            }
            if (type.equals("Pass")) {
                Iterator<String> fields = state.fieldNames();
                while (fields.hasNext()) {
                    String field = fields.next();
                    if (!MODELLED_PASS_FIELDS.contains(field)) {
                        return "Pass " + field;
                    }
                }
            } else if (state.size() > (type.equals("Fail") ? 4 : 2)) {
                return type + " with paths";
            }
        }
        return null;
    }

    private static Outcome run(JsonNode c) {
        StateMachine machine = machine(c);
        ChoiceState choice = (ChoiceState) machine.states().get(machine.startAt());
        TestContext ctx = TestContext.of(c.path("input"));
        List<String> entered = new ArrayList<>(List.of(choice.name()));
        int selected;
        try {
            selected = ChoiceCompiler.compile(choice).select(ctx);
        } catch (StatesError e) {
            return Outcome.failed(e.error(), prefix(choice.name(), 2) + e.causeText(), entered);
        }
        String next = selected >= 0 ? choice.choices().get(selected).next() : choice.defaultState();
        if (next == null) {
            return Outcome.failed(StatesError.NO_CHOICE_MATCHED, null, entered);
        }
        JsonNode data = c.path("input");
        JsonNode states = c.path("definition").path("States");
        while (true) {
            entered.add(next);
            JsonNode state = states.path(next);
            switch (state.path("Type").asText()) {
                case "Succeed":
                    return Outcome.succeeded(data, entered);
                case "Fail":
                    return Outcome.failed(text(state, "Error"), text(state, "Cause"), entered);
                default:
                    data = state.has("Result") ? state.get("Result") : data;
                    if (state.path("End").asBoolean(false)) {
                        return Outcome.succeeded(data, entered);
                    }
                    next = state.path("Next").asText();
            }
        }
    }

    private static String text(JsonNode node, String field) {
        return node.has(field) ? node.get(field).asText() : null;
    }

    private static String prefix(String state, int enteredEventId) {
        return "An error occurred while executing the state '" + state + "' (entered at the event id #" + enteredEventId + "). ";
    }

    private static StateMachine machine(JsonNode c) {
        return DefinitionReader.standard().read(c.path("definition").toString(), c.path("name").asText()).orElseThrow();
    }

    private static boolean has(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (item.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static List<JsonNode> cases() {
        Path dir = Path.of(System.getProperty("stepproof.conformance.dir", "does-not-exist"), "interpreter");
        Assumptions.assumeTrue(Files.isDirectory(dir), "conformance corpus not found at " + dir);
        try (Stream<Path> files = Files.list(dir)) {
            List<JsonNode> out = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                out.add(JSON.readTree(file.toFile()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the miniature execution produced. */
    private record Outcome(String status, JsonNode output, String error, String cause, List<String> entered) {

        static Outcome succeeded(JsonNode output, List<String> entered) {
            return new Outcome("SUCCEEDED", output, null, null, entered);
        }

        static Outcome failed(String error, String cause, List<String> entered) {
            return new Outcome("FAILED", null, error, cause, entered);
        }

        /** @return the first difference from the recorded outcome, or null */
        String mismatch(JsonNode expected) {
            if (!status.equals(expected.path("status").asText())) {
                return "status " + status + " (" + error + ": " + cause + "), AWS " + expected.path("status").asText();
            }
            if (expected.has("output") && !expected.get("output").equals(output)) {
                return "output " + output + ", AWS " + expected.get("output");
            }
            if (!Objects.equals(error, text(expected, "error")) || !Objects.equals(cause, text(expected, "cause"))) {
                return "error " + error + ": " + cause + ", AWS " + text(expected, "error") + ": " + text(expected, "cause");
            }
            if (expected.has("stateSequence")) {
                List<String> recorded = new ArrayList<>();
                expected.get("stateSequence").forEach(s -> recorded.add(s.asText()));
                if (!recorded.equals(entered)) {
                    return "states " + entered + ", AWS " + recorded;
                }
            }
            return null;
        }
    }
}
