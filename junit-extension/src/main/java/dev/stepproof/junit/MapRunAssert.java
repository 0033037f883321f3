package dev.stepproof.junit;

import dev.stepproof.junit.internal.NestedMessages;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionStatus;
import dev.stepproof.toolkit.MapRun;

import java.util.List;
import java.util.Objects;

/**
 * Assertions on the last Map Run of one distributed Map state (a retried Map has one run per attempt; the last
 * is the one that decided the state). Obtained from {@link ExecutionAssert#mapRun(String)}.
 *
 * <p>The examples use a distributed Map {@code Rows} over three CSV rows, one of which fails its child
 * execution, with {@code ToleratedFailureCount: 1}.
 *
 * @since 0.1.0
 */
public class MapRunAssert extends StepProofAssert<MapRunAssert, MapRunAssert.Subject> {

    /**
     * What a {@link MapRunAssert} is about: the distributed Map state {@code state} of one execution.
     *
     * @param execution the execution; may be null (assertions then fail)
     * @param state     the Map state's name; never null
     * @since 0.1.0
     */
    public record Subject(Execution execution, String state) {
        /**
         * Checks that {@code state} is not null.
         *
         * @param execution the execution; may be null
         * @param state     the Map state's name; never null
         */
        public Subject {
            Objects.requireNonNull(state, "state must not be null");
        }
    }

    /**
     * Public because AssertJ's soft proxies call it; prefer {@link ExecutionAssert#mapRun(String)}.
     *
     * @param actual the Map state and its execution; never null
     */
    public MapRunAssert(Subject actual) {
        super(actual, MapRunAssert.class);
    }

    /**
     * Verifies that the Map Run ended with {@code status}.
     * <pre>{@code
     * // fails:
     * //   Expecting the Map Run of state 'Rows' to have ended ABORTED but it SUCCEEDED; items: succeeded 2, failed 1, aborted 0, total 3
     * assertThat(execution).mapRun("Rows").hasStatus(ExecutionStatus.ABORTED);
     * }</pre>
     *
     * @param status SUCCEEDED, FAILED or ABORTED; never null
     * @return this assert
     * @throws AssertionError if the execution is null, the state started no Map Run, or it ended otherwise
     * @since 0.1.0
     */
    public MapRunAssert hasStatus(ExecutionStatus status) {
        Objects.requireNonNull(status, "status must not be null");
        MapRun run = requireRun();
        if (run.status() != status) {
            throwAssertionError(NestedMessages.shouldHaveMapRunStatus(run, "ended " + status));
        }
        return myself;
    }

    /**
     * Verifies that the Map Run succeeded (tolerated failures included).
     *
     * @return this assert
     * @throws AssertionError if the execution is null, the state started no Map Run, or it did not succeed
     * @since 0.1.0
     */
    public MapRunAssert succeeded() {
        MapRun run = requireRun();
        if (run.status() != ExecutionStatus.SUCCEEDED) {
            throwAssertionError(NestedMessages.shouldHaveMapRunStatus(run, "succeeded"));
        }
        return myself;
    }

    /**
     * Verifies that the Map Run failed with {@code error}, e.g. {@code States.ExceedToleratedFailureThreshold}
     * or a reader's {@code S3.NoSuchKey}.
     * <pre>{@code
     * // fails:
     * //   Expecting the Map Run of state 'Rows' to have failed with error 'States.ExceedToleratedFailureThreshold'
     * //   but it SUCCEEDED; items: succeeded 2, failed 1, aborted 0, total 3
     * assertThat(execution).mapRun("Rows").failedWith("States.ExceedToleratedFailureThreshold");
     * }</pre>
     *
     * @param error the expected error name; never null
     * @return this assert
     * @throws AssertionError if the execution is null, the state started no Map Run, or it did not fail so
     * @since 0.1.0
     */
    public MapRunAssert failedWith(String error) {
        Objects.requireNonNull(error, "error must not be null");
        MapRun run = requireRun();
        if (run.status() != ExecutionStatus.FAILED || !error.equals(run.error())) {
            throwAssertionError(NestedMessages.shouldHaveMapRunStatus(run, "failed with error '" + error + "'"));
        }
        return myself;
    }

    /**
     * Verifies the Map Run's child execution counts: items (or batches) that succeeded, that failed or timed out,
     * and all that were started.
     * <pre>{@code
     * // passes
     * assertThat(execution).mapRun("Rows").hasItemCounts(2, 1, 3);
     * // fails:
     * //   Expecting the Map Run of state 'Rows' to have item counts succeeded 3, failed 0, total 3 but they were
     * //   succeeded 2, failed 1, aborted 0, total 3
     * assertThat(execution).mapRun("Rows").hasItemCounts(3, 0, 3);
     * }</pre>
     *
     * @param succeeded child executions that succeeded
     * @param failed    child executions that failed or timed out
     * @param total     child executions started
     * @return this assert
     * @throws AssertionError if the execution is null, the state started no Map Run, or a count differs
     * @since 0.1.0
     */
    public MapRunAssert hasItemCounts(long succeeded, long failed, long total) {
        MapRun run = requireRun();
        if (run.succeeded() != succeeded || run.failed() != failed || run.started() != total) {
            throwAssertionError(NestedMessages.shouldHaveItemCounts(run, succeeded, failed, total));
        }
        return myself;
    }

    private MapRun requireRun() {
        Execution execution = actual.execution();
        requireExecution(execution);
        List<MapRun> runs = execution.mapRuns(actual.state());
        if (runs.isEmpty()) {
            throwAssertionError(NestedMessages.shouldHaveMapRun(pathOf(execution), actual.state()));
        }
        return runs.get(runs.size() - 1);
    }
}
