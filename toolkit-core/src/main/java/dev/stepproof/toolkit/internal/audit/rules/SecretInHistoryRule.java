package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.internal.audit.secrets.TaintAnalysis;

import java.util.Set;

/** SEC-010: a secret returned by a state reaches a state's output or a variable, both recorded in the history. */
final class SecretInHistoryRule extends TaintRule {

    SecretInHistoryRule() {
        super("SEC-010", AuditSeverity.HIGH, "Secret value reaches state output or variables (execution history)",
                "State outputs and assigned variables are recorded in the execution history, readable for 90 days by "
                        + "anyone with states:GetExecutionHistory. Keep secrets out with ResultSelector or ResultPath: null, "
                        + "or fetch them inside the compute that uses them.",
                Set.of(TaintAnalysis.Sink.OUTPUT, TaintAnalysis.Sink.VARIABLE));
    }

    @Override
    String message(TaintAnalysis.Flow flow, String origins) {
        return flow.sink() == TaintAnalysis.Sink.VARIABLE
                ? "State '" + flow.state().name() + "' assigns variable '" + flow.detail() + "' a secret from " + origins + "; variables are recorded in the execution history."
                : "The output of state '" + flow.state().name() + "' carries a secret from " + origins + "; state output is recorded in the execution history.";
    }

    @Override
    String fix(TaintAnalysis.Flow flow) {
        return "Drop the secret with ResultSelector (keep only what later states need) or \"ResultPath\": null, or read the "
                + "secret inside the Lambda/ECS task that uses it. Note: the fetching task's own TaskSucceeded event may still "
                + "record the raw response (not verified).";
    }
}
