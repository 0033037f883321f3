package dev.stepproof.toolkit.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stepproof.toolkit.spi.TaskInvocation;
import dev.stepproof.toolkit.spi.TaskResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.BDDAssertions.then;

/**
 * The harness helpers against the whole corpus: every recorded expectation agrees with itself, and every
 * recorded call is found again from its own parameters, so that a disagreement in the interpreter harness is the
 * interpreter's and not the comparer's.
 */
class HarnessCorpusTest {

    @Test
    void should_find_every_recorded_expectation_consistent_with_itself() {
        // GIVEN
        List<JsonNode> cases = interpreterCases();
        List<String> mismatches = new ArrayList<>();
        for (JsonNode c : cases) {
            JsonNode expected = c.path("expected");
            List<String> sequence = new ArrayList<>();
            expected.path("stateSequence").forEach(s -> sequence.add(s.asText()));
            JsonNode cause = expected.get("cause");
            // WHEN
            Optional<String> mismatch = ExpectedComparison.firstMismatch(expected, expected.path("status").asText(),
                    expected.get("output"), text(expected.get("error")), cause == null ? null : cause.isTextual() ? cause.textValue() : cause.toString(),
                    sequence, sequence);
            // THEN
            mismatch.ifPresent(m -> mismatches.add(c.path("name").asText() + ": " + m));
        }
        then(mismatches).isEmpty();
    }

    @Test
    void should_answer_every_recorded_call_from_its_own_parameters_even_in_reverse_order() {
        // GIVEN
        int calls = 0;
        for (JsonNode c : interpreterCases()) {
            CorpusTaskInvoker invoker = CorpusTaskInvoker.forCase(c);
            Iterator<Map.Entry<String, JsonNode>> states = c.path("mocks").path("tasks").fields();
            while (states.hasNext()) {
                Map.Entry<String, JsonNode> state = states.next();
                for (int i = state.getValue().size() - 1; i >= 0; i--) {
                    JsonNode call = state.getValue().get(i);
                    // WHEN
                    TaskResult result = invoker.invoke(new TaskInvocation(state.getKey(), "arn", "lambda", "invoke",
                            call.path("parameters"), 1, JsonNodeFactory.instance.objectNode(), Instant.EPOCH));
                    calls++;
                    // THEN a call with the same parameters as an earlier one may answer for it: then compare the kind only
                    String label = c.path("name").asText() + " " + state.getKey() + " call " + i;
                    if (unique(state.getValue(), call.path("parameters"))) {
                        then(result).as(label).isEqualTo(call.has("throw")
                                ? TaskResult.failure(call.path("throw").path("error").asText(), text(call.path("throw").get("cause")))
                                : TaskResult.success(call.get("return")));
                    } else {
                        then(result).as(label).isInstanceOf(call.has("throw") ? TaskResult.Failure.class : TaskResult.Success.class);
                    }
                }
            }
            then(invoker.problems()).as(c.path("name").asText()).isEmpty();
            then(invoker.parameterMismatches()).as(c.path("name").asText()).isEmpty();
            then(invoker.unusedCalls()).as(c.path("name").asText()).isEmpty();
        }
        then(calls).isGreaterThan(50);
    }

    private static boolean unique(JsonNode calls, JsonNode parameters) {
        int same = 0;
        for (JsonNode call : calls) {
            same += call.path("parameters").equals(parameters) ? 1 : 0;
        }
        return same == 1;
    }

    private static String text(JsonNode node) {
        return node == null ? null : node.asText();
    }

    private static List<JsonNode> interpreterCases() {
        Path dir = Corpus.dir();
        Assumptions.assumeTrue(Files.isDirectory(dir.resolve("interpreter")), "conformance corpus not found at " + dir);
        return Corpus.cases(dir, "interpreter");
    }
}
