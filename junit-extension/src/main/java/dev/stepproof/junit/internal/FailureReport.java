package dev.stepproof.junit.internal;

import dev.stepproof.toolkit.ChildExecution;
import dev.stepproof.toolkit.Decision;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionHistory;
import dev.stepproof.toolkit.HistoryEvent;
import dev.stepproof.toolkit.MapRun;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a failed test prints about the executions it ran: how each ended, the states it entered with their
 * input and output, the retries and catches taken, and every Task call with its parameters and result. JSON is
 * compact and cut at {@value #MAX_JSON} characters; long lists are cut too, so that a runaway loop does not
 * bury the test's own failure. Not API.
 *
 * @since 0.1.0
 */
public final class FailureReport {

    static final int MAX_JSON = 200;
    static final int MAX_STATES = 100;
    static final int MAX_CALLS = 100;

    private FailureReport() {
    }

    /**
     * @param testName   the test's display name
     * @param executions what the test's harness ran; not empty
     * @return the report, lines separated by {@code \n}, ending with a line break
     */
    public static String render(String testName, List<RecordedExecution> executions) {
        StringBuilder out = new StringBuilder();
        int count = executions.size();
        out.append("StepProof: ").append(count).append(count == 1 ? " execution" : " executions")
                .append(" in test [").append(testName).append("]\n");
        for (int i = 0; i < count; i++) {
            out.append('\n');
            execution(out, i + 1, count, executions.get(i));
        }
        return out.toString();
    }

    private static void execution(StringBuilder out, int number, int count, RecordedExecution recorded) {
        Execution execution = recorded.execution();
        out.append("Execution ").append(number).append(" of ").append(count)
                .append(" (").append(recorded.definition()).append(")\n");
        out.append("  ").append(Outcomes.of(execution, n -> Json.truncated(n, MAX_JSON))).append('\n');
        out.append("  input: ").append(Json.truncated(recorded.input(), MAX_JSON)).append('\n');
        out.append("  virtual time: ").append(execution.startTime()).append(" to ").append(execution.stopTime()).append('\n');
        states(out, execution.history());
        retriesAndCatches(out, execution);
        taskCalls(out, execution);
        mapRuns(out, execution);
        childExecutions(out, execution);
    }

    /** One line per distributed Map Run: how it ended and its item counts (the children are not listed). */
    private static void mapRuns(StringBuilder out, Execution execution) {
        if (execution.mapRuns().isEmpty()) {
            return;
        }
        out.append("  map runs (").append(execution.mapRuns().size()).append("):\n");
        for (MapRun run : execution.mapRuns()) {
            out.append("    ").append(run.stateName()).append(": ").append(NestedMessages.mapRunOutcome(run))
                    .append("; items: ").append(NestedMessages.counts(run)).append('\n');
        }
    }

    /** One line per startExecution.sync child: how it ended and its path; the assertions reach the rest. */
    private static void childExecutions(StringBuilder out, Execution execution) {
        List<ChildExecution> children = execution.childExecutions();
        if (children.isEmpty()) {
            return;
        }
        out.append("  child executions (").append(children.size()).append("):\n");
        for (int i = 0; i < Math.min(children.size(), MAX_CALLS); i++) {
            ChildExecution child = children.get(i);
            out.append("    ").append(i + 1).append(". ").append(child.stateName()).append(" attempt ").append(child.attempt())
                    .append(": ").append(child.stateMachineArn()).append('\n');
            out.append("         ").append(Outcomes.of(child.execution(), n -> Json.truncated(n, MAX_JSON)))
                    .append("; path: ").append(Message.path(child.execution().history().statesEntered())).append('\n');
        }
        more(out, children.size(), MAX_CALLS, "child executions");
    }

    private static void states(StringBuilder out, ExecutionHistory history) {
        List<HistoryEvent> entered = history.events().stream().filter(e -> e.type().endsWith("StateEntered")).toList();
        out.append("  states entered (").append(entered.size()).append("):\n");
        Map<String, Map<Long, ExecutionHistory.Visit>> visitsByName = new HashMap<>();
        for (int i = 0; i < Math.min(entered.size(), MAX_STATES); i++) {
            HistoryEvent event = entered.get(i);
            ExecutionHistory.Visit visit = visitsByName.computeIfAbsent(event.stateName(), name -> byEnteredId(history, name))
                    .get(event.id());
            String type = event.type().substring(0, event.type().length() - "StateEntered".length());
            out.append("    ").append(i + 1).append(". ").append(event.stateName()).append(" (").append(type).append(")\n");
            out.append("         input:  ").append(Json.truncated(event.payload(), MAX_JSON)).append('\n');
            out.append("         output: ").append(visit == null || visit.output().isEmpty()
                    ? "(none: the state did not exit)" : Json.truncated(visit.output().get(), MAX_JSON)).append('\n');
        }
        more(out, entered.size(), MAX_STATES, "states");
    }

    private static Map<Long, ExecutionHistory.Visit> byEnteredId(ExecutionHistory history, String name) {
        Map<Long, ExecutionHistory.Visit> visits = new HashMap<>();
        history.visits(name).forEach(v -> visits.put(v.enteredEventId(), v));
        return visits;
    }

    private static void retriesAndCatches(StringBuilder out, Execution execution) {
        List<Decision> handled = execution.decisions().stream()
                .filter(d -> d.kind() == Decision.Kind.RETRY || d.kind() == Decision.Kind.CATCH).toList();
        if (handled.isEmpty()) {
            return;
        }
        out.append("  retries and catches:\n");
        Map<String, Integer> catchesSoFar = new HashMap<>();
        for (Decision d : handled) {
            out.append("    ").append(d.state()).append(": ");
            if (d.kind() == Decision.Kind.RETRY) {
                out.append("Retry[").append(d.index()).append("] retried it\n");
            } else {
                // The k-th catch of a state is its k-th exit after a failure event (see ExecutionFacts).
                int k = catchesSoFar.merge(d.state(), 1, Integer::sum) - 1;
                List<String> errors = ExecutionFacts.caughtErrors(execution, d.state());
                String error = k < errors.size() && errors.get(k) != null ? " '" + errors.get(k) + "'" : " an error";
                out.append("Catch[").append(d.index()).append("] caught").append(error)
                        .append(" and went to ").append(d.target()).append('\n');
            }
        }
    }

    private static void taskCalls(StringBuilder out, Execution execution) {
        List<TaskCall> calls = ExecutionFacts.taskCalls(execution);
        if (calls.isEmpty()) {
            return;
        }
        out.append("  task calls (").append(calls.size()).append("):\n");
        for (int i = 0; i < Math.min(calls.size(), MAX_CALLS); i++) {
            TaskCall call = calls.get(i);
            out.append("    ").append(i + 1).append(". ").append(call.state()).append(" call ").append(call.number())
                    .append(": ").append(Json.truncated(call.parameters(), MAX_JSON)).append('\n');
            out.append("         ").append(call.describeResult(MAX_JSON)).append('\n');
        }
        more(out, calls.size(), MAX_CALLS, "calls");
    }

    private static void more(StringBuilder out, int size, int shown, String what) {
        if (size > shown) {
            out.append("    … ").append(size - shown).append(" more ").append(what).append('\n');
        }
    }
}
