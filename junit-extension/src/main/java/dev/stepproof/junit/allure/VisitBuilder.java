package dev.stepproof.junit.allure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.Decision;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.HistoryEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** One visit of a state while the history is read: its events so far, its nested visits, how it ended. */
final class VisitBuilder {

    final String name;
    final String type;
    final VisitBuilder parent;
    final List<VisitBuilder> children = new ArrayList<>();
    private final JsonNode input;
    private JsonNode output;
    private boolean exited;
    private boolean aborted;
    private Decision caughtBy;
    private int attempts;
    private final List<HistoryEvent> failures = new ArrayList<>();

    VisitBuilder(HistoryEvent entered, VisitBuilder parent) {
        this.name = entered.stateName();
        this.type = entered.type().substring(0, entered.type().length() - "StateEntered".length());
        this.parent = parent;
        this.input = entered.payload();
    }

    /**
     * @return {@code from} or the nearest visit above it of state {@code name}; {@code from} itself when
     *         {@code name} is null (events of no state stay in their chain); null when there is none
     */
    static VisitBuilder named(VisitBuilder from, String name) {
        if (name == null) {
            return from;
        }
        for (VisitBuilder v = from; v != null; v = v.parent) {
            if (v.name.equals(name)) {
                return v;
            }
        }
        return null;
    }

    void add(HistoryEvent e, Function<String, Decision> catchOfNextExit) {
        String t = e.type();
        if (t.endsWith("StateExited")) {
            exited = true;
            output = e.payload();
            caughtBy = catchOfNextExit.apply(name);
        } else if (t.endsWith("StateAborted")) {
            aborted = true;
        } else if (t.endsWith("Scheduled") || t.equals("ParallelStateStarted") || t.equals("MapStateStarted")) {
            attempts++;
        } else if (e.error() != null || t.equals("ParallelStateFailed") || t.equals("MapStateFailed")) {
            failures.add(e);
        }
    }

    StepNode toStep(Execution execution) {
        List<StepNode> steps = new ArrayList<>();
        children.forEach(child -> steps.add(child.toStep(execution)));
        StringBuilder title = new StringBuilder(name).append(" (").append(type).append(')');
        if (attempts > 1) {
            title.append(" — retried ×").append(attempts - 1);
        }
        HistoryEvent lastFailure = failures.isEmpty() ? null : failures.get(failures.size() - 1);
        if (aborted) {
            return new StepNode(title.append(" — aborted").toString(), StepNode.Outcome.SKIPPED, null, input, null, steps);
        }
        if (exited && caughtBy != null) {
            title.append(" — caught ").append(errorOf(lastFailure, "an error")).append(" → ").append(caughtBy.target());
            return new StepNode(title.toString(), StepNode.Outcome.BROKEN, describe(lastFailure, null, null), input, output, steps);
        }
        if (exited) {
            String message = failures.isEmpty() ? null : "Retried after " + errors();
            return new StepNode(title.toString(), StepNode.Outcome.PASSED, message, input, output, steps);
        }
        // Not exited: it failed, or (a Fail state, a Parallel whose branch failed) the execution's error is its own.
        String error = errorOf(lastFailure, execution.error());
        title.append(" — failed").append(error == null ? "" : ": " + error);
        return new StepNode(title.toString(), StepNode.Outcome.FAILED,
                describe(lastFailure, execution.error(), execution.cause()), input, null, steps);
    }

    /** Parallel and Map failure events carry no error name; the caller says what to use then. */
    private static String errorOf(HistoryEvent failure, String otherwise) {
        return failure != null && failure.error() != null ? failure.error() : otherwise;
    }

    private static String describe(HistoryEvent failure, String error, String cause) {
        if (failure != null && failure.error() != null) {
            return failure.error() + (failure.cause() == null ? "" : ": " + failure.cause());
        }
        return error == null ? null : error + (cause == null ? "" : ": " + cause);
    }

    private String errors() {
        return String.join(", ", failures.stream().map(f -> errorOf(f, f.type())).toList());
    }
}
