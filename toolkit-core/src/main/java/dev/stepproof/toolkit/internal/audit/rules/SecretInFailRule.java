package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.internal.audit.secrets.TaintAnalysis;

import java.util.Set;

/** SEC-013: a Fail state's Cause or Error is taken from a secret. */
final class SecretInFailRule extends TaintRule {

    SecretInFailRule() {
        super("SEC-013", AuditSeverity.HIGH, "Secret value written to a Fail state's Error or Cause",
                "A Fail state's Error and Cause are shown in the console, the history and DescribeExecution; a secret "
                        + "there is exposed to everyone who looks at failed executions.",
                Set.of(TaintAnalysis.Sink.FAIL));
    }

    @Override
    String message(TaintAnalysis.Flow flow, String origins) {
        return "Fail state '" + flow.state().name() + "' takes its " + flow.detail() + " from a secret from " + origins + ".";
    }

    @Override
    String fix(TaintAnalysis.Flow flow) {
        return "Use a static Error and Cause, or a path to a non-secret field.";
    }
}
