package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.internal.catalogue.IntegrationCatalogue;
import dev.stepproof.toolkit.model.TaskState;

import java.util.ArrayList;
import java.util.List;

/**
 * RES-002: a service-integration Task with no retrier at all: throttling and transient errors fail the execution.
 * The fix names the integration's throttling error from StepProof's integration catalogue.
 */
final class TaskRetryRule extends RuleBase {

    private final IntegrationCatalogue catalogue;

    TaskRetryRule(IntegrationCatalogue catalogue) {
        super("RES-002", AuditSeverity.LOW, "Task without any retrier",
                "Every AWS API throttles and occasionally fails transiently; without a retrier one such error fails the "
                        + "whole execution.");
        this.catalogue = catalogue;
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        List<Finding> out = new ArrayList<>();
        for (TaskState t : Tasks.all(subject)) {
            if (Tasks.lambda(subject, t) || Tasks.activity(subject, t) || !t.retriers().isEmpty()) {
                continue;
            }
            out.add(subject.finding(this, t, t.pointer(), message(t), fix(throttling(t))));
        }
        return out;
    }

    private String throttling(TaskState t) {
        String call = Tasks.resource(t).replaceFirst("arn:[^:]+:states:::", "").replaceAll("\\.(sync(:2)?|waitForTaskToken)$", "");
        int colon = call.lastIndexOf(':');
        if (colon < 0) {
            return "States.TaskFailed";
        }
        try {
            return catalogue.throttlingError(call.substring(0, colon), call.substring(colon + 1));
        } catch (RuntimeException unknown) {
            return "States.TaskFailed";
        }
    }

    static String message(TaskState t) {
        return "Task '" + t.name() + "' (" + t.resource() + ") has no Retry; one throttled or transient error fails the execution.";
    }

    static String fix(String error) {
        return "Add a retrier for the integration's transient errors, e.g. {\"ErrorEquals\": [\"" + error
                + "\"], \"IntervalSeconds\": 1, \"MaxAttempts\": 3, \"BackoffRate\": 2, \"JitterStrategy\": \"FULL\"}.";
    }
}
