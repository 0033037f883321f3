package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.model.MapState;
import dev.stepproof.toolkit.model.ParallelState;
import dev.stepproof.toolkit.model.Retrier;
import dev.stepproof.toolkit.model.State;
import dev.stepproof.toolkit.model.Workflow;

import java.util.ArrayList;
import java.util.List;

/**
 * RES-006: a retrier inside a Map or Parallel without {@code JitterStrategy: FULL}: iterations that fail together
 * retry together, in synchronised waves that keep the downstream service throttled.
 */
final class FanOutJitterRule extends RuleBase {

    FanOutJitterRule() {
        super("RES-006", AuditSeverity.LOW, "Retrier in a fan-out without jitter",
                "Map iterations and Parallel branches that fail together (throttling) retry at the same moments; full "
                        + "jitter spreads the retries out so the downstream service can recover.");
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        List<Finding> out = new ArrayList<>();
        for (State s : subject.machine().allStates()) {
            if (s instanceof MapState || s instanceof ParallelState) {
                for (Workflow w : s.nestedWorkflows()) {
                    for (State inner : w.allStates()) {
                        for (int i = 0; i < inner.retriers().size(); i++) {
                            Retrier r = inner.retriers().get(i);
                            if (r.effectiveMaxAttempts() > 0 && r.effectiveJitterStrategy() != Retrier.JitterStrategy.FULL) {
                                out.add(subject.finding(this, inner, inner.pointer() + "/Retry/" + i, message(inner, i, s), fix()));
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    static String message(State inner, int index, State fanOut) {
        return "State '" + inner.name() + "' Retry[" + index + "] inside " + fanOut.type().aslName() + " '" + fanOut.name()
                + "' has no JitterStrategy FULL, so its iterations retry in lockstep.";
    }

    static String fix() {
        return "Add \"JitterStrategy\": \"FULL\" to the retrier.";
    }
}
