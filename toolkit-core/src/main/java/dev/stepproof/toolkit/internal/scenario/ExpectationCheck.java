package dev.stepproof.toolkit.internal.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ChildExecution;
import dev.stepproof.toolkit.HistoryEvent;
import dev.stepproof.toolkit.S3Output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Compares one execution with a case's {@code expect} block and says, for each expectation that does not
 * hold, what was expected and what happened (with the first JSON difference for outputs and parameters).
 */
public final class ExpectationCheck {
    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();
    private ExpectationCheck() {
    }

    /** @return one message per failed expectation; empty when all hold */
    public static List<String> failures(JsonNode expect, Execution execution) {
        return failures(expect, execution, null);
    }

    /**
     * @param s3Output what the case's ResultWriters wrote (in memory), or null when it expects none
     * @return one message per failed expectation; empty when all hold
     */
    public static List<String> failures(JsonNode expect, Execution execution, S3Output s3Output) {
        List<String> out = new ArrayList<>();
        if (expect == null || expect.isNull()) {
            return out;
        }
        status(expect, execution, out);
        if (expect.has("output")) {
            JsonDiff.first(expect.get("output"), execution.output(), false)
                    .ifPresent(d -> out.add("output " + d + (execution.output() == null ? " (there is no output: "
                            + execution.status() + ")" : "")));
        }
        if (expect.has("outputContains")) {
            JsonDiff.first(expect.get("outputContains"), execution.output(), true)
                    .ifPresent(d -> out.add("output does not contain what was expected: " + d));
        }
        text("error", expect, execution.error(), out);
        text("cause", expect, execution.cause(), out);
        paths(expect, execution.history().statesEntered(), out);
        calls(expect, execution, out);
        mapRuns(expect, execution, out);
        childExecutions(expect, execution, out);
        if (s3Output != null) {
            s3Output(expect, s3Output, out);
        }
        return out;
    }

    /** {@code childExecutions}: per startExecution.sync Task state, its last registered child execution. */
    private static void childExecutions(JsonNode expect, Execution execution, List<String> out) {
        Iterator<Map.Entry<String, JsonNode>> it = expect.path("childExecutions").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            List<ChildExecution> children = execution.childExecutions().stream()
                    .filter(c -> c.stateName().equals(e.getKey())).toList();
            if (children.isEmpty()) {
                out.add("expected a child execution of state '" + e.getKey() + "' but it started none (is its "
                        + "StateMachineArn registered under stateMachines, and was the state reached?)");
                continue;
            }
            Execution child = children.get(children.size() - 1).execution();
            String prefix = "child execution of '" + e.getKey() + "': ";
            List<String> own = failures(e.getValue(), child);
            own.forEach(f -> out.add(prefix + f));
        }
    }

    /**
     * {@code s3Output}: objects ResultWriters wrote. A {@code *} in the key stands for any text (the Map Run id in
     * {@code <prefix>/<map run id>/SUCCEEDED_0.json} is derived, not chosen).
     */
    private static void s3Output(JsonNode expect, S3Output s3Output, List<String> out) {
        for (JsonNode spec : expect.path("s3Output")) {
            String bucket = spec.path("bucket").asText();
            String key = spec.path("key").asText();
            Pattern glob = Pattern.compile(Arrays.stream(key.split("\\*", -1)).map(Pattern::quote)
                    .collect(Collectors.joining(".*")));
            List<String> keys = s3Output.keys(bucket);
            Optional<String> found = keys.stream().filter(k -> glob.matcher(k).matches()).findFirst();
            if (found.isEmpty()) {
                out.add("expected an object s3://" + bucket + "/" + key + " to be written but there is none; written: "
                        + (keys.isEmpty() ? "nothing in bucket '" + bucket + "'" : keys));
                continue;
            }
            String name = "s3://" + bucket + "/" + found.get();
            String text = s3Output.text(bucket, found.get()).orElse("");
            JsonNode actual;
            try {
                actual = MAPPER.readTree(text);
            } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
                out.add("expected " + name + " to hold JSON but it does not: " + ex.getOriginalMessage());
                continue;
            }
            if (spec.has("json")) {
                JsonDiff.first(spec.get("json"), actual, false).ifPresent(d -> out.add(name + " " + d));
            }
            if (spec.has("jsonContains")) {
                JsonDiff.first(spec.get("jsonContains"), actual, true)
                        .ifPresent(d -> out.add(name + " does not contain what was expected: " + d));
            }
        }
    }

    /** {@code mapRuns}: per distributed Map state, its last Map Run's status and counts. */
    private static void mapRuns(JsonNode expect, Execution execution, List<String> out) {
        Iterator<Map.Entry<String, JsonNode>> it = expect.path("mapRuns").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            List<dev.stepproof.toolkit.MapRun> runs = execution.mapRuns(e.getKey());
            if (runs.isEmpty()) {
                out.add("expected a Map Run of state '" + e.getKey() + "' but it started none (is it a distributed Map, and was it reached?)");
                continue;
            }
            dev.stepproof.toolkit.MapRun run = runs.get(runs.size() - 1);
            JsonNode spec = e.getValue();
            if (spec.has("status") && !spec.get("status").asText().equals(run.status().name())) {
                out.add("expected the Map Run of '" + e.getKey() + "' to end " + spec.get("status").asText() + " but it ended "
                        + run.status() + (run.error() == null ? "" : " (" + run.error() + ")"));
            }
            count(e.getKey(), "started", spec, run.started(), out);
            count(e.getKey(), "succeeded", spec, run.succeeded(), out);
            count(e.getKey(), "failed", spec, run.failed(), out);
        }
    }

    private static void count(String state, String field, JsonNode spec, long actual, List<String> out) {
        if (spec.has(field) && spec.get(field).asLong() != actual) {
            out.add("expected " + spec.get(field).asLong() + " " + field + " child execution(s) in the Map Run of '" + state
                    + "' but there were " + actual);
        }
    }

    private static void status(JsonNode expect, Execution execution, List<String> out) {
        String want = expect.path("status").asText(null);
        if (want != null && !want.equals(execution.status().name())) {
            out.add("expected status " + want + " but was " + execution.status()
                    + (execution.error() == null ? "" : " (" + execution.error()
                    + (execution.cause() == null ? "" : ": " + execution.cause()) + ")"));
        }
    }

    private static void text(String field, JsonNode expect, String actual, List<String> out) {
        if (expect.has(field) && !Objects.equals(expect.get(field).asText(), actual)) {
            out.add("expected " + field + " '" + expect.get(field).asText() + "' but was "
                    + (actual == null ? "none" : "'" + actual + "'"));
        }
    }

    private static void paths(JsonNode expect, List<String> entered, List<String> out) {
        if (expect.has("path")) {
            List<String> want = strings(expect.get("path"));
            if (!want.equals(entered)) {
                out.add("expected path " + want + " but was " + entered);
            }
        }
        if (expect.has("pathIncludes")) {
            List<String> want = strings(expect.get("pathIncludes"));
            int i = 0;
            for (String state : entered) {
                if (i < want.size() && want.get(i).equals(state)) {
                    i++;
                }
            }
            if (i < want.size()) {
                out.add("expected the path to pass through " + want + " in this order, but '" + want.get(i)
                        + "' was not entered after " + want.subList(0, i) + "; the path was " + entered);
            }
        }
        for (String never : strings(expect.path("neverVisited"))) {
            long times = entered.stream().filter(never::equals).count();
            if (times > 0) {
                out.add("expected state '" + never + "' never to be entered, but it was entered " + times
                        + (times == 1 ? " time" : " times") + "; the path was " + entered);
            }
        }
    }

    private static void calls(JsonNode expect, Execution execution, List<String> out) {
        Iterator<Map.Entry<String, JsonNode>> it = expect.path("calls").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            List<HistoryEvent> attempts = execution.history().taskAttempts(e.getKey());
            JsonNode spec = e.getValue();
            if (spec.has("count") && spec.get("count").asInt() != attempts.size()) {
                out.add("expected " + spec.get("count").asInt() + " call(s) of task '" + e.getKey() + "' but there were "
                        + attempts.size());
            }
            JsonNode params = spec.path("parameters");
            for (int i = 0; i < params.size(); i++) {
                if (i >= attempts.size()) {
                    out.add("expected call " + (i + 1) + " of task '" + e.getKey() + "' but there were only " + attempts.size());
                    break;
                }
                int n = i + 1;
                JsonDiff.first(params.get(i), attempts.get(i).payload(), true).ifPresent(d -> out.add(
                        "call " + n + " of task '" + e.getKey() + "': parameters " + d));
            }
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }
}
