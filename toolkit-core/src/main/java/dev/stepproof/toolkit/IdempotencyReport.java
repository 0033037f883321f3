package dev.stepproof.toolkit;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of an {@link IdempotencyCheck}: per retried Task state, what changed when its response was lost.
 *
 * @param baseline the run without faults
 * @param tasks    one finding per Task state that has a Retry, in definition order
 * @since 0.1.0
 */
public record IdempotencyReport(Execution baseline, List<IdempotencyReport.TaskFinding> tasks) {

    public IdempotencyReport {
        tasks = List.copyOf(tasks);
    }

    /**
     * @param state          the Task state whose first response was lost
     * @param injectedError  the error the workflow saw instead of the response
     * @param exercised      whether the execution reached the task at all (false: this input cannot check it)
     * @param parametersDiff how the retried call's parameters differed from the first call's, or null when identical
     * @param outputDiff     how the final output differed from the baseline's, or null when equal
     * @param sideEffectDiff how the fake's state differed from the baseline's, or null when equal (or not probed)
     * @param execution      the run with the lost response
     */
    public record TaskFinding(String state, String injectedError, boolean exercised, String parametersDiff,
                              String outputDiff, String sideEffectDiff, Execution execution) {
        /** @return whether the task was reached and its retry changed nothing (unreached tasks are not problems) */
        public boolean idempotent() {
            return parametersDiff == null && outputDiff == null && sideEffectDiff == null;
        }

        /** @return e.g. {@code Task 'Charge' is not safe to retry: the retried call's parameters differ at /id: …} */
        public String describe() {
            if (!exercised) {
                return "Task '" + state + "' was not reached with this input; run the check with an input that reaches it.";
            }
            if (idempotent()) {
                return "Task '" + state + "' is safe to retry.";
            }
            StringBuilder sb = new StringBuilder("Task '").append(state).append("' is not safe to retry (first response lost as ")
                    .append(injectedError).append("):");
            for (String d : new String[]{parametersDiff, outputDiff, sideEffectDiff}) {
                if (d != null) {
                    sb.append("\n  - ").append(d);
                }
            }
            return sb.toString();
        }
    }

    /** @return the tasks this input did not reach, so the check says nothing about them */
    public List<String> notReached() {
        return tasks.stream().filter(t -> !t.exercised()).map(TaskFinding::state).toList();
    }

    /** @return the findings of tasks that are not safe to retry */
    public List<TaskFinding> problems() {
        return tasks.stream().filter(t -> !t.idempotent()).toList();
    }

    @Override
    public String toString() {
        return tasks.stream().map(TaskFinding::describe).collect(Collectors.joining("\n"));
    }
}
