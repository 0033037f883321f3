package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.WorkflowType;
import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;

import java.util.List;

/**
 * RES-016: a STANDARD machine without a top-level TimeoutSeconds runs for up to a year when something hangs.
 * (Not in COMPLIANCE.md §3, which lists per-Task timeouts as RES-004; added for issue 9.)
 */
final class ExecutionTimeoutRule extends RuleBase {

    ExecutionTimeoutRule() {
        super("RES-016", AuditSeverity.LOW, "STANDARD state machine without an execution timeout",
                "A STANDARD execution may run for a year; a top-level TimeoutSeconds bounds how long a stuck execution "
                        + "holds resources before it fails with States.Timeout.");
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        if (subject.settings().type() != WorkflowType.STANDARD || subject.machine().timeoutSeconds() != null) {
            return List.of();
        }
        return List.of(subject.finding(this, (dev.stepproof.toolkit.model.State) null, "", message(subject.name()), fix()));
    }

    static String message(String machine) {
        return "STANDARD state machine '" + machine + "' has no top-level TimeoutSeconds; a stuck execution runs for up to a year.";
    }

    static String fix() {
        return "Add \"TimeoutSeconds\" at the top of the definition, above the longest legitimate run.";
    }
}
