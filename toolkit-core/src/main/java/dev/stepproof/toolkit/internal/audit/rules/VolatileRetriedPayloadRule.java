package dev.stepproof.toolkit.internal.audit.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.model.State;
import dev.stepproof.toolkit.model.TaskState;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RES-007: a retried Task whose payload changes on every attempt: {@code States.UUID()},
 * {@code $$.State.RetryCount}, {@code $$.State.EnteredTime} (JSONata: {@code $uuid()}, {@code $now()},
 * {@code $millis()}, {@code $states.context.State.…}). An idempotency key built this way defeats idempotency:
 * each retry looks like a new request. (That Parameters are re-evaluated per attempt is implied by RetryCount
 * being usable in them; COMPLIANCE.md §5 lists it as to be confirmed.)
 */
final class VolatileRetriedPayloadRule extends RuleBase {

    private static final Pattern VOLATILE = Pattern.compile(
            "States\\.UUID\\(\\)|\\$\\$\\.State\\.RetryCount|\\$\\$\\.State\\.EnteredTime|\\$uuid\\(\\)|\\$now\\(\\)|\\$millis\\(\\)"
                    + "|\\$states\\.context\\.State\\.(RetryCount|EnteredTime)");

    VolatileRetriedPayloadRule() {
        super("RES-007", AuditSeverity.HIGH, "Retried Task payload changes on every attempt",
                "A payload built from a fresh UUID, the retry count or the state's entry time differs on each retry, so a "
                        + "retried write is not recognised as a duplicate. Derive keys from $$.Execution.Id and the state name.");
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        List<Finding> out = new ArrayList<>();
        for (TaskState t : Tasks.all(subject)) {
            JsonNode payload = Tasks.payload(t);
            if (t.retriers().isEmpty() || payload == null) {
                continue;
            }
            String field = t.parameters() != null ? "/Parameters" : "/Arguments";
            Json.strings(payload, t.pointer() + field, "", text -> {
                var m = VOLATILE.matcher(text.value());
                if (m.find()) {
                    out.add(subject.finding(this, t, text.pointer(), message(t, text.key(), m.group()), fix()));
                }
            });
        }
        return out;
    }

    static String message(State s, String key, String expression) {
        return "Retried Task '" + s.name() + "' computes '" + key + "' from " + expression + ", which changes on every attempt.";
    }

    static String fix() {
        return "Build it from values that are stable across retries, e.g. States.Format('{}-{}', $$.Execution.Name, $$.State.Name).";
    }
}
