package dev.stepproof.toolkit.internal.interpret;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.dataflow.StatesError;
import dev.stepproof.toolkit.model.Catcher;
import dev.stepproof.toolkit.model.Retrier;

import java.util.List;
import java.util.Map;

/** A state's Retry and Catch, compiled: which error goes where (ASL-SEMANTICS §8.2–8.5). */
final class ErrorPolicy {

    /** One catcher: JSONPath's ResultPath and Assign, or JSONata's Output and Assign ({@code jsonata}). */
    record CompiledCatcher(Catcher model, Flow.ResultPath resultPath, Flow.Template assign, JsonataExit jsonata,
                           Step[] next) {
    }

    private final List<Retrier> retriers;
    private final List<CompiledCatcher> catchers;

    ErrorPolicy(List<Retrier> retriers, List<CompiledCatcher> catchers) {
        this.retriers = List.copyOf(retriers);
        this.catchers = List.copyOf(catchers);
    }

    static boolean matches(List<String> errorEquals, String error) {
        return matches(errorEquals, error, Failure.Kind.ORDINARY);
    }

    /** ASL-SEMANTICS §8.2, with the heartbeat-timeout and error-less SendTaskFailure cases. */
    static boolean matches(List<String> errorEquals, String error, Failure.Kind kind) {
        if (kind == Failure.Kind.EMPTY_TASK_FAILURE && error == null) {
            // A callback failure without a name is still a task failure: the wildcards take it, nothing else can.
            return errorEquals.contains("States.ALL") || errorEquals.contains("States.TaskFailed");
        }
        if (error == null || StatesError.RUNTIME.equals(error)) {
            return false;
        }
        if (kind == Failure.Kind.HEARTBEAT_TIMEOUT && errorEquals.contains("States.HeartbeatTimeout")) {
            return true;
        }
        if (errorEquals.contains(error) || errorEquals.contains("States.ALL")) {
            return true;
        }
        return errorEquals.contains("States.TaskFailed") && !StatesError.TIMEOUT.equals(error);
    }

    int[] newCounters() {
        return retriers.isEmpty() ? null : new int[retriers.size()];
    }

    /** Retries, catches, or fails the fiber; {@code work} re-runs the state's work for a retry. */
    void handle(Visit visit, Failure failure, WorkStep step) {
        if (!failure.catchable() || visit.fiber.isAborted()) {
            visit.fiber.fail(failure);
            return;
        }
        for (int i = 0; i < retriers.size(); i++) {
            Retrier r = retriers.get(i);
            if (matches(r.errorEquals(), failure.error(), failure.kind())) {
                if (visit.retrierAttempts[i] < r.effectiveMaxAttempts()) {
                    visit.fiber.run.decide(dev.stepproof.toolkit.Decision.Kind.RETRY, step.name, i, null);
                    retry(visit, step, r, ++visit.retrierAttempts[i]);
                    return;
                }
                break; // only the first matching retrier counts
            }
        }
        for (int i = 0; i < catchers.size(); i++) {
            CompiledCatcher c = catchers.get(i);
            if (matches(c.model().errorEquals(), failure.error(), failure.kind())) {
                visit.fiber.run.decide(dev.stepproof.toolkit.Decision.Kind.CATCH, step.name, i, c.next()[0].name);
                visit.runHandling(() -> caught(visit, failure, c));
                return;
            }
        }
        visit.fiber.fail(failure);
    }

    private void retry(Visit visit, WorkStep step, Retrier r, int attempt) {
        double delay = r.effectiveIntervalSeconds() * Math.pow(r.effectiveBackoffRate(), attempt - 1);
        if (r.maxDelaySeconds() != null) {
            delay = Math.min(delay, r.maxDelaySeconds());
        }
        if (r.effectiveJitterStrategy() == Retrier.JitterStrategy.FULL) {
            delay = visit.fiber.run.random.nextDouble() * delay;
        }
        long at = visit.fiber.run.now() + Math.round(delay * 1000);
        visit.retried();
        visit.fiber.run.scheduler.at(at, () -> {
            if (!visit.fiber.isAborted()) {
                visit.runGuarded(() -> step.attempt(visit));
            }
        });
    }

    private void caught(Visit visit, Failure failure, CompiledCatcher c) {
        JsonNode errorOutput = failure.errorOutput();
        if (c.jsonata() != null) {
            c.jsonata().leave(visit, null, errorOutput, c.next()[0]);
            return;
        }
        Map<String, JsonNode> assigned = c.assign() == null ? null : Flow.assign(c.assign(), visit.input(errorOutput));
        JsonNode output = Flow.merge(c.resultPath(), visit.rawInput, errorOutput);
        visit.fiber.exit(visit, output, assigned, c.next()[0]);
    }
}
