package dev.stepproof.toolkit.internal.audit.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.model.State;
import dev.stepproof.toolkit.model.TaskState;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * SEC-004: an HTTP Task passes an Authorization or API-key header or query parameter itself (literally or from
 * the state input) instead of letting its EventBridge connection add it: the value then sits in the definition
 * or in the execution history.
 */
final class HttpCredentialRule extends RuleBase {

    private static final Set<String> AUTH = Set.of("authorization", "x-api-key", "api-key", "apikey", "api_key",
            "token", "access_token", "x-auth-token", "proxy-authorization");

    HttpCredentialRule() {
        super("SEC-004", AuditSeverity.HIGH, "HTTP Task passes credentials itself",
                "HTTP Tasks authenticate through the EventBridge connection named in Authentication.ConnectionArn; "
                        + "credentials in Headers or QueryParameters end up in the definition or in the execution history.");
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        List<Finding> out = new ArrayList<>();
        for (State s : subject.machine().allStates()) {
            if (s instanceof TaskState task && task.resource() != null && task.resource().contains(":::http:invoke")) {
                JsonNode params = task.parameters() != null ? task.parameters() : task.arguments();
                if (params == null) {
                    continue;
                }
                for (String field : List.of("Headers", "QueryParameters")) {
                    JsonNode map = params.path(field);
                    map.fieldNames().forEachRemaining(key -> {
                        String bare = key.endsWith(".$") ? key.substring(0, key.length() - 2) : key;
                        if (AUTH.contains(bare.toLowerCase(Locale.ROOT))) {
                            String pointer = task.pointer() + (task.parameters() != null ? "/Parameters/" : "/Arguments/") + field + "/" + key;
                            out.add(subject.finding(this, task, pointer, message(task, field, bare, key.endsWith(".$")), fix()));
                        }
                    });
                }
            }
        }
        return out;
    }

    static String message(TaskState task, String field, String key, boolean fromInput) {
        return "HTTP Task '" + task.name() + "' sets " + field + " '" + key + "' "
                + (fromInput ? "from the state input" : "to a literal") + " instead of using its connection.";
    }

    static String fix() {
        return "Put the credential in the EventBridge connection (Authentication.ConnectionArn) and remove it from the Task.";
    }
}
