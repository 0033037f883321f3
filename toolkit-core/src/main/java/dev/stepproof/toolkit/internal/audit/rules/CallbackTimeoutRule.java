package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.model.TaskState;

import java.util.ArrayList;
import java.util.List;

/** RES-003: a {@code .waitForTaskToken} or Activity Task without TimeoutSeconds or HeartbeatSeconds. */
final class CallbackTimeoutRule extends RuleBase {

    CallbackTimeoutRule() {
        super("RES-003", AuditSeverity.HIGH, "Callback or Activity Task without timeout or heartbeat",
                "A callback or activity task waits until the token is returned; with no TimeoutSeconds it waits up to a "
                        + "year, and with no HeartbeatSeconds a crashed worker is only noticed at the timeout.");
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        List<Finding> out = new ArrayList<>();
        for (TaskState t : Tasks.all(subject)) {
            if (!Tasks.callback(t) && !Tasks.activity(subject, t)) {
                continue;
            }
            boolean timeout = t.timeoutSeconds() != null || t.timeoutSecondsPath() != null;
            boolean heartbeat = t.heartbeatSeconds() != null || t.heartbeatSecondsPath() != null;
            if (!timeout || !heartbeat) {
                out.add(subject.finding(this, t, t.pointer(), message(t, Tasks.activity(subject, t), timeout, heartbeat), fix()));
            }
        }
        return out;
    }

    static String message(TaskState t, boolean activity, boolean timeout, boolean heartbeat) {
        String missing = !timeout && !heartbeat ? "TimeoutSeconds or HeartbeatSeconds" : !timeout ? "TimeoutSeconds" : "HeartbeatSeconds";
        return (activity ? "Activity" : "Callback") + " Task '" + t.name() + "' has no " + missing
                + "; a lost token or a dead worker leaves the execution waiting" + (timeout ? " until the timeout." : " for up to a year.");
    }

    static String fix() {
        return "Set TimeoutSeconds to the longest acceptable wait and HeartbeatSeconds to how often the worker reports progress.";
    }
}
