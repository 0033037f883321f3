package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.model.Retrier;
import dev.stepproof.toolkit.model.State;

import java.util.ArrayList;
import java.util.List;

/**
 * RES-005: a catch-all retrier ({@code States.ALL} / {@code States.TaskFailed}) with more attempts than the
 * threshold (default 5, {@code retryMaxAttempts}) and either exponential backoff without MaxDelaySeconds (waits
 * grow without bound) or no backoff at all (it hammers the failing service).
 */
final class UnboundedRetryRule extends RuleBase {

    private final int maxAttempts;

    UnboundedRetryRule(int maxAttempts) {
        super("RES-005", AuditSeverity.MEDIUM, "Catch-all retrier with many attempts and unbounded delay",
                "Retrying every error many times with doubling delays can keep an execution waiting for hours on an error "
                        + "that will never go away; without backoff it hammers a struggling service.");
        this.maxAttempts = maxAttempts;
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        List<Finding> out = new ArrayList<>();
        for (State s : subject.machine().allStates()) {
            for (int i = 0; i < s.retriers().size(); i++) {
                Retrier r = s.retriers().get(i);
                boolean catchAll = r.errorEquals().contains("States.ALL") || r.errorEquals().contains("States.TaskFailed");
                if (!catchAll || r.effectiveMaxAttempts() <= maxAttempts) {
                    continue;
                }
                boolean unbounded = r.effectiveBackoffRate() > 1 && r.maxDelaySeconds() == null;
                boolean hammering = r.effectiveBackoffRate() <= 1;
                if (unbounded || hammering) {
                    out.add(subject.finding(this, s, s.pointer() + "/Retry/" + i, message(s, r, i, unbounded), fix()));
                }
            }
        }
        return out;
    }

    static String message(State s, Retrier r, int index, boolean unbounded) {
        return "State '" + s.name() + "' Retry[" + index + "] retries " + String.join(", ", r.errorEquals()) + " "
                + r.effectiveMaxAttempts() + " times " + (unbounded
                ? "with BackoffRate " + r.effectiveBackoffRate() + " and no MaxDelaySeconds, so delays grow without bound."
                : "without backoff, hammering the failing service.");
    }

    static String fix() {
        return "Retry only transient errors, lower MaxAttempts, and set MaxDelaySeconds and \"JitterStrategy\": \"FULL\".";
    }
}
