package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.model.TaskState;

import java.util.ArrayList;
import java.util.List;

/** RES-001: a Lambda Task that does not retry Lambda's transient service errors. */
final class LambdaRetryRule extends RuleBase {

    static final List<String> TRANSIENT = List.of("Lambda.ServiceException", "Lambda.AWSLambdaException",
            "Lambda.SdkClientException");

    LambdaRetryRule() {
        super("RES-001", AuditSeverity.MEDIUM, "Lambda Task does not retry transient Lambda errors",
                "Lambda occasionally fails invocations with service errors that succeed on retry; AWS recommends a "
                        + "retrier for them on every Lambda task (the CDK adds one by default).");
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        List<Finding> out = new ArrayList<>();
        for (TaskState t : Tasks.all(subject)) {
            if (!Tasks.lambda(subject, t)) {
                continue;
            }
            List<String> missing = TRANSIENT.stream().filter(e -> !Tasks.retries(t, e)).toList();
            if (!missing.isEmpty()) {
                out.add(subject.finding(this, t, t.pointer() + (t.retriers().isEmpty() ? "" : "/Retry"), message(t, missing), fix()));
            }
        }
        return out;
    }

    static String message(TaskState t, List<String> missing) {
        return "Lambda Task '" + t.name() + "' does not retry " + String.join(", ", missing) + ".";
    }

    static String fix() {
        return "Add {\"ErrorEquals\": [\"Lambda.ServiceException\", \"Lambda.AWSLambdaException\", \"Lambda.SdkClientException\", "
                + "\"Lambda.TooManyRequestsException\"], \"IntervalSeconds\": 2, \"MaxAttempts\": 6, \"BackoffRate\": 2, \"JitterStrategy\": \"FULL\"}.";
    }
}
