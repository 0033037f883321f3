package dev.stepproof.toolkit.internal.interpret;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Task's Resource taken apart the way AWS's history shows it: a plain Lambda function ARN (LambdaFunction*
 * events), an {@code arn:aws:states:::} integration (Task* events with resourceType and resource), or an
 * activity.
 */
record TaskResource(String arn, Kind kind, String resourceType, String action) {

    enum Kind { LAMBDA_FUNCTION, INTEGRATION, ACTIVITY, OTHER }

    private static final Pattern INTEGRATION = Pattern.compile("arn:[^:]+:states:::(aws-sdk:[^:]+|[^:]+):(.+)");
    private static final Pattern LAMBDA = Pattern.compile("arn:[^:]+:lambda:[^:]*:[^:]*:function:.+");
    private static final Pattern ACTIVITY = Pattern.compile("arn:[^:]+:states:[^:]*:[^:]*:activity:.+");

    static TaskResource parse(String arn) {
        String a = arn == null ? "" : arn;
        Matcher m = INTEGRATION.matcher(a);
        if (m.matches()) {
            return new TaskResource(a, Kind.INTEGRATION, m.group(1), m.group(2));
        }
        if (LAMBDA.matcher(a).matches()) {
            return new TaskResource(a, Kind.LAMBDA_FUNCTION, "lambda", a);
        }
        if (ACTIVITY.matcher(a).matches()) {
            return new TaskResource(a, Kind.ACTIVITY, "activity", a);
        }
        return new TaskResource(a, Kind.OTHER, "unknown", a);
    }

    private boolean lambda() {
        return kind == Kind.LAMBDA_FUNCTION;
    }

    String scheduledType() {
        return lambda() ? "LambdaFunctionScheduled" : kind == Kind.ACTIVITY ? "ActivityScheduled" : "TaskScheduled";
    }

    String startedType() {
        return lambda() ? "LambdaFunctionStarted" : kind == Kind.ACTIVITY ? "ActivityStarted" : "TaskStarted";
    }

    String succeededType() {
        return lambda() ? "LambdaFunctionSucceeded" : kind == Kind.ACTIVITY ? "ActivitySucceeded" : "TaskSucceeded";
    }

    String failedType() {
        return lambda() ? "LambdaFunctionFailed" : kind == Kind.ACTIVITY ? "ActivityFailed" : "TaskFailed";
    }

    String timedOutType() {
        return lambda() ? "LambdaFunctionTimedOut" : kind == Kind.ACTIVITY ? "ActivityTimedOut" : "TaskTimedOut";
    }

    /**
     * @return the action that starts a {@code .sync} / {@code .sync:2} job ({@code runTask} for
     *         {@code runTask.sync}), or null when this is not a job-running integration
     */
    String jobStartAction() {
        if (kind != Kind.INTEGRATION || action == null) {
            return null;
        }
        int at = action.endsWith(".sync") ? action.length() - 5 : action.endsWith(".sync:2") ? action.length() - 7 : -1;
        return at > 0 ? action.substring(0, at) : null;
    }

    /** The name AWS quotes in a DataLimitExceeded cause: the function ARN, or the integration's resource type. */
    String dataLimitName() {
        return lambda() ? arn : resourceType;
    }

    /** resourceType/resource, carried by every Task* event after TaskScheduled. */
    ObjectNode typeDetails() {
        if (kind != Kind.INTEGRATION && kind != Kind.OTHER) {
            return null;
        }
        ObjectNode d = Json.NODES.objectNode();
        d.put("resourceType", resourceType);
        d.put("resource", action);
        return d;
    }

    ObjectNode scheduledDetails(String region, Long timeout, Long heartbeat) {
        ObjectNode d = Json.NODES.objectNode();
        if (lambda() || kind == Kind.ACTIVITY) {
            d.put("resource", arn);
        } else {
            d.put("resourceType", resourceType);
            d.put("resource", action);
            d.put("region", region);
        }
        if (timeout != null) {
            d.put("timeoutInSeconds", timeout);
        }
        if (heartbeat != null && !lambda()) {
            d.put("heartbeatInSeconds", heartbeat);
        }
        return d;
    }
}
