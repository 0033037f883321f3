package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.model.Retrier;
import dev.stepproof.toolkit.model.State;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** RES-015: a retrier names errors that never succeed on retry (permissions, path and data-flow failures). */
final class NonRetryableErrorRule extends RuleBase {

    private static final Set<String> NEVER = Set.of("States.Permissions", "States.ResultPathMatchFailure",
            "States.ParameterPathFailure", "States.Runtime", "States.DataLimitExceeded", "States.QueryEvaluationError");

    NonRetryableErrorRule() {
        super("RES-015", AuditSeverity.LOW, "Retrier names errors that never succeed on retry",
                "Missing permissions, paths that do not match and oversized payloads fail the same way on every attempt; "
                        + "retrying them only delays the failure. Catch them instead.");
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        List<Finding> out = new ArrayList<>();
        for (State s : subject.machine().allStates()) {
            for (int i = 0; i < s.retriers().size(); i++) {
                Retrier r = s.retriers().get(i);
                List<String> hopeless = r.errorEquals().stream().filter(NEVER::contains).toList();
                if (!hopeless.isEmpty() && r.effectiveMaxAttempts() > 0) {
                    out.add(subject.finding(this, s, s.pointer() + "/Retry/" + i, message(s, i, hopeless), fix()));
                }
            }
        }
        return out;
    }

    static String message(State s, int index, List<String> errors) {
        return "State '" + s.name() + "' Retry[" + index + "] retries " + String.join(", ", errors)
                + ", which fails the same way on every attempt.";
    }

    static String fix() {
        return "Remove these errors from the retrier and handle them with a Catch.";
    }
}
