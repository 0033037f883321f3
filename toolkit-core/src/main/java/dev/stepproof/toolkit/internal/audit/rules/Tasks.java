package dev.stepproof.toolkit.internal.audit.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.internal.audit.iam.ArnContext;
import dev.stepproof.toolkit.internal.audit.iam.Glob;
import dev.stepproof.toolkit.model.Retrier;
import dev.stepproof.toolkit.model.State;
import dev.stepproof.toolkit.model.TaskState;

import java.util.List;
import java.util.regex.Pattern;

/** Facts about Task states the RES rules share. */
final class Tasks {

    private static final Pattern LAMBDA_ARN = Pattern.compile("arn:[^:]+:lambda:" + Glob.REGION_ACCOUNT + "function:.+");
    private static final Pattern ACTIVITY = Pattern.compile("arn:[^:]+:states:" + Glob.REGION_ACCOUNT + "activity:.+");

    private Tasks() {
    }

    static List<TaskState> all(AuditSubject subject) {
        return subject.machine().allStates().stream().filter(s -> s instanceof TaskState).map(s -> (TaskState) s).toList();
    }

    static String resource(TaskState t) {
        return t.resource() == null ? "" : t.resource();
    }

    static boolean lambda(AuditSubject subject, TaskState t) {
        String r = resource(t);
        return LAMBDA_ARN.matcher(r).matches() || r.contains(":::lambda:invoke") || r.contains(":::aws-sdk:lambda:invoke")
                || tokenType(subject, r).endsWith("Function");
    }

    static boolean activity(AuditSubject subject, TaskState t) {
        return ACTIVITY.matcher(resource(t)).matches() || tokenType(subject, resource(t)).equals("AWS::StepFunctions::Activity");
    }

    /** @return the template resource type a {@code ${Logical.Arn}} Resource refers to, or {@code ""} */
    private static String tokenType(AuditSubject subject, String resource) {
        return subject.extra(ArnContext.class).map(c -> c.tokenType(resource)).orElse("");
    }

    static boolean callback(TaskState t) {
        return resource(t).endsWith(".waitForTaskToken");
    }

    /** @return the Parameters, else the Arguments, else null */
    static JsonNode payload(TaskState t) {
        return t.parameters() != null ? t.parameters() : t.arguments();
    }

    /** @return whether some retrier of the state matches {@code error} (States.ALL and States.TaskFailed catch task errors) */
    static boolean retries(State s, String error) {
        for (Retrier r : s.retriers()) {
            if (r.effectiveMaxAttempts() > 0 && (r.errorEquals().contains(error) || r.errorEquals().contains("States.ALL")
                    || (r.errorEquals().contains("States.TaskFailed") && !error.startsWith("States.")))) {
                return true;
            }
        }
        return false;
    }
}
