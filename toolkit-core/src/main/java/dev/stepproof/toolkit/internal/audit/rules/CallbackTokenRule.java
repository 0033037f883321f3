package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.model.TaskState;

import java.util.ArrayList;
import java.util.List;

/** ASL-012: a {@code .waitForTaskToken} Task whose payload never passes the task token. */
final class CallbackTokenRule extends RuleBase {

    CallbackTokenRule() {
        super("ASL-012", AuditSeverity.HIGH, "Callback Task does not pass the task token",
                "A .waitForTaskToken Task waits for SendTaskSuccess with its token; if the payload does not carry "
                        + "$$.Task.Token (JSONata: $states.context.Task.Token) nobody can ever answer, and it waits until it times out.");
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        List<Finding> out = new ArrayList<>();
        for (TaskState t : Tasks.all(subject)) {
            if (!Tasks.callback(t)) {
                continue;
            }
            String payload = Tasks.payload(t) == null ? "" : Tasks.payload(t).toString();
            if (!payload.contains("$$.Task.Token") && !payload.contains("$states.context.Task.Token")) {
                out.add(subject.finding(this, t, t.pointer() + "/Resource", message(t), fix()));
            }
        }
        return out;
    }

    static String message(TaskState t) {
        return "Callback Task '" + t.name() + "' never passes $$.Task.Token, so no worker can complete it.";
    }

    static String fix() {
        return "Add \"TaskToken.$\": \"$$.Task.Token\" to the payload (JSONata: \"TaskToken\": \"{% $states.context.Task.Token %}\").";
    }
}
