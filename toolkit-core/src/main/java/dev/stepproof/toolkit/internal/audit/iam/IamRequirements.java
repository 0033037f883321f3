package dev.stepproof.toolkit.internal.audit.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.MachineSettings;
import dev.stepproof.toolkit.model.MapState;
import dev.stepproof.toolkit.model.ProcessorConfig;
import dev.stepproof.toolkit.model.State;
import dev.stepproof.toolkit.model.TaskState;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The integration → IAM table ({@value #TABLE}) and the walk that applies it to a state machine: what each Task
 * needs for its integration, what distributed Maps, item readers and result writers need, and what logging,
 * tracing and customer-managed encryption need.
 */
public final class IamRequirements {

    /** Classpath location of the table. */
    public static final String TABLE = "/dev/stepproof/toolkit/audit/iam-requirements.json";

    private static final Pattern OPTIMIZED = Pattern.compile("arn:[^:]+:states:::([a-z0-9-]+):([A-Za-z0-9]+)(\\.sync(?::2)?|\\.waitForTaskToken)?");
    private static final Pattern SDK = Pattern.compile("arn:[^:]+:states:::aws-sdk:([a-z0-9.-]+):([A-Za-z0-9]+)(\\.waitForTaskToken)?");
    private static final Pattern LAMBDA_ARN = Pattern.compile("arn:[^:]+:lambda:" + Glob.REGION_ACCOUNT + "function:.+");
    private static final Pattern ACTIVITY = Pattern.compile("arn:[^:]+:states:" + Glob.REGION_ACCOUNT + "activity:.+");

    private final JsonNode data;

    private IamRequirements(JsonNode data) {
        this.data = data;
    }

    /** @return the table shipped with StepProof */
    public static IamRequirements standard() {
        try (InputStream in = IamRequirements.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("StepProof resource missing: " + TABLE);
            }
            return new IamRequirements(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + TABLE, e);
        }
    }

    /**
     * What the machine needs.
     *
     * @param unmapped Tasks whose Resource the table does not know (their needs are not checked)
     */
    public record Derivation(List<Requirement> requirements, List<TaskState> unmapped) {
        public Derivation {
            requirements = List.copyOf(requirements);
            unmapped = List.copyOf(unmapped);
        }
    }

    /** @return everything the subject's execution role needs */
    public Derivation derive(AuditSubject subject, ArnContext context) {
        List<Requirement> out = new ArrayList<>();
        List<TaskState> unmapped = new ArrayList<>();
        for (State state : subject.machine().allStates()) {
            if (state instanceof TaskState task) {
                task(task, context, out, unmapped);
            } else if (state instanceof MapState map) {
                map(map, context, out);
            }
        }
        features(subject.settings(), context, out);
        return new Derivation(out, unmapped);
    }

    private void task(TaskState task, ArnContext context, List<Requirement> out, List<TaskState> unmapped) {
        String resource = task.resource() == null ? "" : task.resource();
        JsonNode params = task.parameters() != null ? task.parameters() : task.arguments();
        String pointer = task.pointer() + "/Resource";
        if (task.credentials() != null) {
            // The integration's own permissions belong to the assumed role, not to the execution role.
            ObjectNode extras = JsonNodeFactory.instance.objectNode();
            JsonNode role = task.credentials().path("RoleArn");
            if (role.isTextual() && !role.asText().startsWith("{%")) {
                extras.put("credentialsRole", role.asText());
            }
            add(out, data.path("features").path("credentials"), task, "credentials", pointer,
                    new ResourceExpressions(context, params, resource, extras), false);
            return;
        }
        Matcher sdk = SDK.matcher(resource);
        Matcher optimized = OPTIMIZED.matcher(resource);
        if (sdk.matches()) {
            sdk(task, sdk.group(1), sdk.group(2), params, context, out, pointer);
        } else if (optimized.matches()) {
            JsonNode entry = integration(optimized.group(1) + ":" + optimized.group(2),
                    optimized.group(3) == null ? "" : optimized.group(3));
            if (entry == null) {
                unmapped.add(task);
            } else {
                add(out, entry, task, optimized.group(1) + ":" + optimized.group(2)
                        + (optimized.group(3) == null ? "" : optimized.group(3)), pointer,
                        new ResourceExpressions(context, params, resource, null), false);
            }
        } else if (LAMBDA_ARN.matcher(resource).matches() || context.tokenType(resource).endsWith("Function")) {
            String arn = Glob.isToken(resource) ? ArnContext.arnToken(resource) : resource;
            add(out, data.path("lambdaFunctionArn"), task, "lambda function", pointer,
                    new ResourceExpressions(context, params, arn, null), false);
        } else if (!ACTIVITY.matcher(resource).matches() && !context.tokenType(resource).equals("AWS::StepFunctions::Activity")) {
            unmapped.add(task);
        }
    }

    private JsonNode integration(String key, String pattern) {
        JsonNode integrations = data.path("integrations");
        for (var e : integrations.properties()) {
            String base = e.getKey().replaceAll("\\.sync$", "");
            if (!base.equals(key)) {
                continue;
            }
            JsonNode patterns = e.getValue().path("patterns");
            boolean listed = patterns.isMissingNode() ? pattern.isEmpty() : contains(patterns, pattern);
            if (listed) {
                return e.getValue();
            }
        }
        return null;
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode n : array) {
            if (n.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private void sdk(TaskState task, String service, String api, JsonNode params, ArnContext context,
                     List<Requirement> out, String pointer) {
        JsonNode sdk = data.path("awsSdk");
        String key = service + ":" + api;
        String prefix = sdk.path("servicePrefixes").path(service).asText(service);
        List<String> actions = new ArrayList<>();
        JsonNode exception = sdk.path("actionExceptions").path(key);
        exception.forEach(a -> actions.add(a.asText()));
        boolean byRule = actions.isEmpty();
        if (byRule) {
            actions.add(prefix + ":" + api.substring(0, 1).toUpperCase(Locale.ROOT) + api.substring(1));
        }
        ResourceExpressions expressions = new ResourceExpressions(context, params, task.resource(), null);
        List<String> resources = new ArrayList<>();
        JsonNode templates = sdk.path("resources").path(key);
        if (templates.isArray()) {
            templates.forEach(t -> resources.addAll(expressions.expand(t.asText())));
        } else {
            resources.add(Requirement.UNKNOWN);
        }
        for (String action : actions) {
            out.add(new Requirement(task, "aws-sdk:" + key, "call", action, dedupe(resources), null, pointer, byRule));
        }
    }

    private void map(MapState map, ArnContext context, List<Requirement> out) {
        if (map.mode() == ProcessorConfig.Mode.DISTRIBUTED) {
            add(out, data.path("features").path("distributedMap"), map, "distributed Map", map.pointer(),
                    new ResourceExpressions(context, null, "", null), false);
        }
        if (map.itemReader() != null && map.itemReader().resource() != null) {
            String action = map.itemReader().resource().replaceFirst("arn:[^:]+:states:::", "");
            JsonNode params = map.itemReader().parameters() != null ? map.itemReader().parameters() : map.itemReader().arguments();
            add(out, data.path("features").path("itemReader:" + action), map, "ItemReader " + action,
                    map.pointer() + "/ItemReader", new ResourceExpressions(context, params, "", null), false);
        }
        if (map.resultWriter() != null && map.resultWriter().resource() != null) {
            String action = map.resultWriter().resource().replaceFirst("arn:[^:]+:states:::", "");
            JsonNode params = map.resultWriter().parameters() != null ? map.resultWriter().parameters() : map.resultWriter().arguments();
            add(out, data.path("features").path("resultWriter:" + action), map, "ResultWriter " + action,
                    map.pointer() + "/ResultWriter", new ResourceExpressions(context, params, "", null), false);
        }
    }

    private void features(MachineSettings settings, ArnContext context, List<Requirement> out) {
        if (!settings.known()) {
            return;
        }
        ResourceExpressions plain = new ResourceExpressions(context, null, "", null);
        if (settings.loggingEnabled()) {
            add(out, data.path("features").path("logging"), null, "logging", null, plain, false);
        }
        if (settings.tracingEnabled()) {
            add(out, data.path("features").path("tracing"), null, "tracing", null, plain, false);
        }
        if (settings.customerManagedKey()) {
            ObjectNode extras = JsonNodeFactory.instance.objectNode();
            JsonNode key = settings.encryption().path("KmsKeyId");
            if (key.isTextual()) {
                String id = key.asText();
                extras.put("kmsKeyArn", id.startsWith("arn:") || Glob.isToken(id) ? id
                        : "arn:" + context.partition() + ":kms:" + context.region() + ":" + context.account() + ":key/" + id);
            }
            add(out, data.path("features").path("kms"), null, "encryption", null,
                    new ResourceExpressions(context, null, "", extras), false);
        }
    }

    private static void add(List<Requirement> out, JsonNode entry, State state, String feature, String pointer,
                            ResourceExpressions expressions, boolean byRule) {
        for (JsonNode need : entry.path("needs")) {
            List<String> resources = new ArrayList<>();
            need.path("resources").forEach(t -> resources.addAll(expressions.expand(t.asText())));
            JsonNode condition = need.has("condition") ? expandCondition(need.get("condition"), expressions) : null;
            for (JsonNode action : need.path("actions")) {
                out.add(new Requirement(state, feature, need.path("group").asText("call"), action.asText(),
                        dedupe(resources), condition, pointer, byRule));
            }
        }
    }

    /** Conditions whose value cannot be derived are left out: the least-privilege policy then omits them. */
    private static JsonNode expandCondition(JsonNode condition, ResourceExpressions expressions) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        condition.properties().forEach(op -> {
            ObjectNode keys = JsonNodeFactory.instance.objectNode();
            op.getValue().properties().forEach(k -> {
                List<String> values = expressions.expand(k.getValue().asText());
                if (!values.contains(Requirement.UNKNOWN)) {
                    keys.put(k.getKey(), values.get(0));
                }
            });
            if (!keys.isEmpty()) {
                out.set(op.getKey(), keys);
            }
        });
        return out.isEmpty() ? null : out;
    }

    private static List<String> dedupe(List<String> resources) {
        return resources.contains(Requirement.UNKNOWN) ? List.of(Requirement.UNKNOWN) : resources.stream().distinct().toList();
    }
}
