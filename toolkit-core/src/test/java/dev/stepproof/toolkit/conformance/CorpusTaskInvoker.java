package dev.stepproof.toolkit.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.stepproof.toolkit.spi.TaskInvocation;
import dev.stepproof.toolkit.spi.TaskInvoker;
import dev.stepproof.toolkit.spi.TaskResult;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers Task states with the calls AWS recorded for a corpus case ({@code mocks.tasks}, conformance README §1.2).
 *
 * <p>A state's calls are handed out in recorded order. Inside a Map or Parallel the recorded order is arbitrary,
 * and this class cannot tell whether a state runs there, so it always picks the first unused call whose
 * {@code parameters} match the invocation's (placeholder tokens in recorded strings stand for any text, ISO dates
 * in the actual parameters are normalised to {@code date} first), falling back to the first unused call.
 *
 * <p>What AWS never did is reported, not hidden: a call with no recorded answer fails with
 * {@value #UNMOCKED} and is listed in {@link #problems()}; a call answered by a recording whose parameters differ
 * is listed in {@link #parameterMismatches()}; recordings never used are listed by {@link #unusedCalls()}.
 * Thread-safe, in case the interpreter ever runs tasks concurrently.
 */
final class CorpusTaskInvoker implements TaskInvoker {
    static final String UNMOCKED = "StepProof.UnmockedTask";

    private final Map<String, List<JsonNode>> calls = new LinkedHashMap<>();
    private final Map<String, boolean[]> used = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> parameterMismatches = new ArrayList<>();

    /** @param tasks the {@code mocks.tasks} object of a case; a missing or null node means no task was invoked */
    CorpusTaskInvoker(JsonNode tasks) {
        if (tasks != null && tasks.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> states = tasks.fields();
            while (states.hasNext()) {
                Map.Entry<String, JsonNode> state = states.next();
                List<JsonNode> list = new ArrayList<>();
                state.getValue().forEach(list::add);
                calls.put(state.getKey(), list);
                used.put(state.getKey(), new boolean[list.size()]);
            }
        }
    }

    /** @param testCase a whole corpus case; its {@code mocks.tasks} are used */
    static CorpusTaskInvoker forCase(JsonNode testCase) {
        return new CorpusTaskInvoker(testCase.path("mocks").path("tasks"));
    }

    @Override
    public synchronized TaskResult invoke(TaskInvocation invocation) {
        String state = invocation.stateName();
        List<JsonNode> recorded = calls.getOrDefault(state, List.of());
        boolean[] taken = used.getOrDefault(state, new boolean[0]);
        JsonNode actual = Normalisation.dates(invocation.parameters());
        int chosen = -1;
        int firstUnused = -1;
        for (int i = 0; i < recorded.size() && chosen < 0; i++) {
            if (taken[i]) {
                continue;
            }
            firstUnused = firstUnused < 0 ? i : firstUnused;
            if (JsonDiff.firstDifference(recorded.get(i).path("parameters"), actual, true) == null) {
                chosen = i;
            }
        }
        if (chosen < 0 && firstUnused < 0) {
            return unmocked(state, recorded.size(), invocation);
        }
        if (chosen < 0) {
            chosen = firstUnused;
            parameterMismatches.add("Task '" + state + "' call " + (chosen + 1) + " of " + recorded.size()
                    + ": the parameters differ from those AWS recorded, "
                    + JsonDiff.firstDifference(recorded.get(chosen).path("parameters"), actual, true));
        }
        taken[chosen] = true;
        return answer(recorded.get(chosen));
    }

    private TaskResult unmocked(String state, int recordedCount, TaskInvocation invocation) {
        String problem = recordedCount == 0
                ? "the interpreter invoked task " + state + ", which AWS never invoked"
                : "the interpreter invoked task " + state + " more than the " + recordedCount + " time(s) AWS did";
        problems.add(problem + " (attempt " + invocation.attempt() + ", parameters " + invocation.parameters() + ")");
        return TaskResult.failure(UNMOCKED, "StepProof conformance: " + problem
                + "; the recorded execution has no answer for this call.");
    }

    private static TaskResult answer(JsonNode call) {
        if (call.has("throw")) {
            JsonNode thrown = call.get("throw");
            JsonNode cause = thrown.get("cause");
            return TaskResult.failure(thrown.path("error").asText(), cause == null || cause.isNull() ? null : cause.asText());
        }
        JsonNode result = call.get("return");
        return TaskResult.success(result == null ? NullNode.getInstance() : result.deepCopy());
    }

    /** @return one line per invocation AWS never made ({@value #UNMOCKED} was returned), in order */
    synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    /** @return one line per invocation answered by a recording whose parameters did not match */
    synchronized List<String> parameterMismatches() {
        return List.copyOf(parameterMismatches);
    }

    /** @return one line per Task state with recorded calls the interpreter never made */
    synchronized List<String> unusedCalls() {
        List<String> unused = new ArrayList<>();
        used.forEach((state, taken) -> {
            int count = 0;
            for (boolean t : taken) {
                count += t ? 0 : 1;
            }
            if (count > 0) {
                unused.add("AWS invoked task " + state + " " + taken.length + " time(s), the interpreter "
                        + (taken.length - count) + " time(s)");
            }
        });
        return unused;
    }
}
