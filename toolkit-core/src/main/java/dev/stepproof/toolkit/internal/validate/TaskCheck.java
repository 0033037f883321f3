package dev.stepproof.toolkit.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;

/** Task: the Resource, timeouts, and patterns an EXPRESS machine cannot run. */
final class TaskCheck {
    private final StateCheck state;

    TaskCheck(StateCheck state) {
        this.state = state;
    }

    void run() {
        JsonNode s = state.state();
        String resource = Json.text(s, "Resource");
        if (resource != null && !JsonataCheck.looksLikeTemplate(resource)) {
            for (Integrations.Problem p : state.integrations().check(resource)) {
                if (p.error()) {
                    state.findings().error(p.code(), state.ptr("Resource"), "State '" + state.name() + "' " + p.message(), p.hint());
                } else {
                    state.findings().warning(p.code(), state.ptr("Resource"), "State '" + state.name() + "' " + p.message(), p.hint());
                }
            }
            if (state.express()) {
                express(resource);
            }
        }
        Long timeout = Json.integer(s, "TimeoutSeconds");
        Long heartbeat = Json.integer(s, "HeartbeatSeconds");
        if (timeout != null && heartbeat != null && heartbeat >= timeout) {
            state.findings().error(Codes.HEARTBEAT_NOT_BELOW_TIMEOUT, state.ptr("HeartbeatSeconds"), "State '" + state.name()
                            + "' has HeartbeatSeconds " + heartbeat + ", which is not below its TimeoutSeconds " + timeout + ".",
                    "Make HeartbeatSeconds smaller than TimeoutSeconds.");
        }
    }

    private void express(String resource) {
        String pattern = resource.endsWith(".waitForTaskToken") ? ".waitForTaskToken"
                : resource.matches(".*\\.sync(:\\d+)?$") ? resource.substring(resource.lastIndexOf(".sync")) : null;
        boolean activity = resource.matches("arn:[^:]+:states:[^:]*:[^:]*:activity:.*");
        if (pattern != null || activity) {
            String what = activity ? "activities" : "the '" + pattern + "' integration pattern";
            state.findings().error(Codes.PATTERN_NOT_IN_EXPRESS, state.ptr("Resource"), "State '" + state.name()
                            + "' uses " + what + ", which an EXPRESS state machine does not support.",
                    "Use a STANDARD state machine, or call the service without waiting (request-response).");
        }
    }
}
