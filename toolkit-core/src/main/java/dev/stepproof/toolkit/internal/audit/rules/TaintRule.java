package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.internal.audit.secrets.TaintAnalysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The SEC taint rules: report the analysis's flows into one kind of sink. */
abstract class TaintRule extends RuleBase {

    private final Set<TaintAnalysis.Sink> sinks;

    TaintRule(String id, AuditSeverity severity, String title, String help, Set<TaintAnalysis.Sink> sinks) {
        super(id, severity, title, help);
        this.sinks = sinks;
    }

    abstract String message(TaintAnalysis.Flow flow, String origins);

    abstract String fix(TaintAnalysis.Flow flow);

    @Override
    public List<Finding> check(AuditSubject subject) {
        TaintAnalysis analysis = TaintAnalysis.of(subject);
        List<Finding> out = new ArrayList<>();
        for (TaintAnalysis.Flow flow : analysis.flows()) {
            if (sinks.contains(flow.sink())) {
                out.add(subject.finding(this, flow.state(), flow.state().pointer(),
                        message(flow, origins(flow, analysis.sources())), fix(flow)).withEvidence(flow.sink() + " " + flow.detail()));
            }
        }
        return out;
    }

    static String origins(TaintAnalysis.Flow flow, Map<String, String> sources) {
        List<String> parts = new ArrayList<>();
        for (String origin : flow.origins()) {
            parts.add("'" + origin + "' (" + sources.getOrDefault(origin, "secret") + ")");
        }
        return String.join(", ", parts);
    }
}
