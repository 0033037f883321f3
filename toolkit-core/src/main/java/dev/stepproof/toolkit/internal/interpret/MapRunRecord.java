package dev.stepproof.toolkit.internal.interpret;

import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionStatus;
import dev.stepproof.toolkit.MapRun;

import java.util.ArrayList;
import java.util.List;

/**
 * The growing record of one Map Run while it runs; {@link #snapshot()} gives the public {@link MapRun} when the
 * execution ends. Keeps counts always, failed children up to {@link MapRun#MAX_FAILURES_KEPT}, and every child only
 * when asked (memory stays flat for a million items otherwise).
 */
final class MapRunRecord {
    final String mapRunArn;
    final String stateName;
    private final boolean keepAll;
    private ExecutionStatus status;
    private String error;
    private String cause;
    long started;
    long succeeded;
    long failed;
    long aborted;
    private int failuresKept;
    private final List<MapRun.ChildExecution> children = new ArrayList<>();

    MapRunRecord(String mapRunArn, String stateName, boolean keepAll) {
        this.mapRunArn = mapRunArn;
        this.stateName = stateName;
        this.keepAll = keepAll;
    }

    /** Counts one ended child and keeps it when the policy says so. */
    void ended(long index, String arn, com.fasterxml.jackson.databind.JsonNode input, Execution e) {
        switch (e.status()) {
            case SUCCEEDED -> succeeded++;
            case ABORTED -> aborted++;
            default -> failed++;
        }
        boolean failure = e.status() != ExecutionStatus.SUCCEEDED && e.status() != ExecutionStatus.ABORTED;
        if (keepAll || failure && failuresKept < MapRun.MAX_FAILURES_KEPT) {
            if (failure) {
                failuresKept++;
            }
            children.add(new MapRun.ChildExecution(index, arn, e.status(), input, e.output(), e.error(), e.cause(), e.history()));
        }
    }

    void end(ExecutionStatus endStatus, String endError, String endCause) {
        if (status == null) {
            status = endStatus;
            error = endError;
            cause = endCause;
        }
    }

    MapRun snapshot() {
        return new MapRun(mapRunArn, stateName, status == null ? ExecutionStatus.ABORTED : status, error, cause,
                started, succeeded, failed, aborted, children);
    }
}
