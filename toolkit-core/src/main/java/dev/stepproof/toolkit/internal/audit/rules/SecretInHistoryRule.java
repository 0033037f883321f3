package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.internal.audit.secrets.TaintAnalysis;
import dev.stepproof.toolkit.model.State;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SEC-010: a secret returned by a state reaches state output or a variable, both recorded in the history. Output
 * flows are reported once per secret, at the state that fetched it (where the fix goes), naming every state whose
 * output carries it; each tainted variable is reported where it is assigned.
 */
final class SecretInHistoryRule extends TaintRule {

    SecretInHistoryRule() {
        super("SEC-010", AuditSeverity.HIGH, "Secret value reaches state output or variables (execution history)",
                "State outputs and assigned variables are recorded in the execution history, readable for 90 days by "
                        + "anyone with states:GetExecutionHistory. Keep secrets out with ResultSelector or ResultPath: null, "
                        + "or fetch them inside the compute that uses them.",
                Set.of(TaintAnalysis.Sink.VARIABLE));
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        List<Finding> out = new ArrayList<>(super.check(subject));
        TaintAnalysis analysis = TaintAnalysis.of(subject);
        Map<String, Set<String>> carriersByOrigin = new LinkedHashMap<>();
        for (TaintAnalysis.Flow flow : analysis.flows()) {
            if (flow.sink() == TaintAnalysis.Sink.OUTPUT) {
                flow.origins().forEach(o -> carriersByOrigin.computeIfAbsent(o, k -> new LinkedHashSet<>()).add(flow.state().name()));
            }
        }
        carriersByOrigin.forEach((origin, carriers) -> {
            State source = subject.machine().findState(origin).orElseThrow();
            String call = analysis.sources().getOrDefault(origin, "secret");
            out.add(subject.finding(this, source, source.pointer(), outputMessage(origin, call, carriers), fix(null))
                    .withEvidence("OUTPUT " + origin));
        });
        return out;
    }

    static String outputMessage(String origin, String call, Set<String> carriers) {
        return "The secret returned by state '" + origin + "' (" + call + ") is carried in the output of "
                + (carriers.size() == 1 ? "state " : "states ") + "'" + String.join("', '", carriers)
                + "'; state output is recorded in the execution history.";
    }

    @Override
    String message(TaintAnalysis.Flow flow, String origins) {
        return "State '" + flow.state().name() + "' assigns variable '" + flow.detail() + "' a secret from " + origins
                + "; variables are recorded in the execution history.";
    }

    @Override
    String fix(TaintAnalysis.Flow flow) {
        return "Drop the secret with ResultSelector (keep only what later states need) or \"ResultPath\": null, or read the "
                + "secret inside the Lambda/ECS task that uses it. Note: the fetching task's own TaskSucceeded event may still "
                + "record the raw response (not verified).";
    }
}
