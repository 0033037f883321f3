package dev.stepproof.toolkit.internal.audit.iam;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands the resource templates of {@code iam-requirements.json} against one Task's parameters:
 * {@code ${partition}}, {@code ${region}}, {@code ${account}}, {@code ${param:A|B}} and converters such as
 * {@code ${lambda:FunctionName}} that turn what the definition names (a function name, a queue URL) into the ARN
 * IAM evaluates. A parameter given by path ({@code Key.$}) or JSONata expression makes the resource unknown.
 */
final class ResourceExpressions {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z]+)(?::([^}]*))?}");
    private static final Pattern QUEUE_URL = Pattern.compile("https://sqs\\.([a-z0-9-]+)\\.amazonaws\\.com(?:\\.cn)?/(\\d+)/([^/]+)");
    private static final Pattern MACHINE = Pattern.compile("(arn:[^:]+:states:" + Glob.REGION_ACCOUNT + ")stateMachine:([^:]+)");

    private final ArnContext context;
    private final JsonNode params;
    private final String taskResource;
    private final JsonNode extras;

    /**
     * @param params       the Task's Parameters or Arguments (or the ItemReader's), may be null
     * @param taskResource the Task's Resource
     * @param extras       machine-level values: {@code kmsKeyArn}, {@code credentialsRole}
     */
    ResourceExpressions(ArnContext context, JsonNode params, String taskResource, JsonNode extras) {
        this.context = context;
        this.params = params;
        this.taskResource = taskResource;
        this.extras = extras;
    }

    /** @return the resources a template stands for; {@link Requirement#UNKNOWN} when any part is unknown */
    List<String> expand(String template) {
        if (template.equals("*") || template.equals(Requirement.UNKNOWN)) {
            return List.of(template);
        }
        List<String> results = new ArrayList<>(List.of(""));
        Matcher m = PLACEHOLDER.matcher(template);
        int last = 0;
        while (m.find()) {
            List<String> values = value(m.group(1), m.group(2));
            if (values.contains(Requirement.UNKNOWN) || values.isEmpty()) {
                return List.of(Requirement.UNKNOWN);
            }
            String literal = template.substring(last, m.start());
            List<String> next = new ArrayList<>();
            for (String prefix : results) {
                for (String v : values) {
                    next.add(prefix + literal + v);
                }
            }
            results = next;
            last = m.end();
        }
        String tail = template.substring(last);
        return results.stream().map(r -> r + tail).toList();
    }

    private List<String> value(String name, String arg) {
        return switch (name) {
            case "partition" -> List.of(context.partition());
            case "region" -> List.of(context.region());
            case "account" -> List.of(context.account());
            case "resource" -> List.of(taskResource);
            case "self" -> one(context.selfArn());
            case "selfExecutions" -> context.selfArn() == null ? unknown() : executions(context.selfArn());
            case "kmsKeyArn", "credentialsRole" -> one(extras == null ? null : extras.path(name).textValue());
            case "param" -> one(param(arg));
            case "lambda" -> one(lambda(param(arg)));
            case "dynamodbTable" -> one(table(param(arg)));
            case "sqsQueue" -> one(queue(param(arg)));
            case "executions" -> param(arg) == null ? unknown() : executions(param(arg));
            case "ecsTaskDefinition" -> one(taskDefinition(param(arg)));
            case "codebuildProject" -> one(named(param(arg), "codebuild", "project/"));
            case "secret" -> one(secret(param(arg)));
            case "ssmParameter" -> one(parameter(param(arg)));
            case "ssmParameters" -> parameters(arg);
            case "kmsKey" -> one(kmsKey(param(arg)));
            case "eventBuses" -> eventBuses(arg);
            default -> unknown();
        };
    }

    private static List<String> unknown() {
        return List.of(Requirement.UNKNOWN);
    }

    private static List<String> one(String value) {
        return value == null ? unknown() : List.of(value);
    }

    /** A literal parameter value, first of {@code A|B} present; null when absent, given by path, or JSONata. */
    private String param(String spec) {
        if (params == null || spec == null) {
            return null;
        }
        for (String alternative : spec.split("\\|")) {
            JsonNode node = params;
            String[] steps = alternative.split("/");
            for (int i = 0; i < steps.length && node != null; i++) {
                if (i == steps.length - 1 && (node.has(steps[i] + ".$"))) {
                    return null;
                }
                node = node.get(steps[i]);
            }
            if (node != null && node.isTextual() && !node.asText().startsWith("{%")) {
                return node.asText();
            }
        }
        return null;
    }

    private String arn(String service, String rest) {
        return "arn:" + context.partition() + ":" + service + ":" + context.region() + ":" + context.account() + ":" + rest;
    }

    private String lambda(String fn) {
        if (fn == null) {
            return null;
        }
        if (fn.startsWith("arn:") || Glob.isToken(fn) && fn.endsWith(".Arn}")) {
            return fn;
        }
        if (Glob.isToken(fn)) {
            return context.tokenType(fn).endsWith("Function") ? ArnContext.arnToken(fn) : fn;
        }
        if (fn.matches("\\d{12}:function:.+")) {
            return "arn:" + context.partition() + ":lambda:" + context.region() + ":" + fn;
        }
        return arn("lambda", "function:" + fn);
    }

    private String table(String name) {
        if (name == null || name.startsWith("arn:")) {
            return name;
        }
        if (Glob.isToken(name) && context.tokenType(name).endsWith("Table")) {
            return ArnContext.arnToken(name);
        }
        return arn("dynamodb", "table/" + name);
    }

    private String queue(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = QUEUE_URL.matcher(url);
        if (m.matches()) {
            return "arn:" + context.partition() + ":sqs:" + m.group(1) + ":" + m.group(2) + ":" + m.group(3);
        }
        if (Glob.isToken(url) && context.tokenType(url).equals("AWS::SQS::Queue")) {
            return ArnContext.arnToken(url);
        }
        return null;
    }

    private List<String> executions(String machineArn) {
        Matcher m = MACHINE.matcher(machineArn);
        String base;
        if (m.matches()) {
            base = m.group(1) + "execution:" + m.group(2);
        } else if (Glob.isToken(machineArn)) {
            base = arn("states", "execution:${" + ArnContext.logicalId(machineArn) + ".Name}");
        } else {
            return unknown();
        }
        // AWS documents execution:<machine>:*; distributed Map children are execution:<machine>/<label>:<id>.
        return List.of(base + ":*|" + base + "/*");
    }

    private String taskDefinition(String value) {
        if (value == null || value.startsWith("arn:") || Glob.isToken(value)) {
            return value;
        }
        return arn("ecs", "task-definition/" + (value.contains(":") ? value : value + ":*"));
    }

    private String named(String value, String service, String prefix) {
        if (value == null || value.startsWith("arn:") || Glob.isToken(value)) {
            return value;
        }
        return arn(service, prefix + value);
    }

    private String secret(String id) {
        if (id == null || Glob.isToken(id)) {
            return id;
        }
        // A secret's ARN ends in a random six-character suffix the definition cannot know.
        return id.startsWith("arn:") ? id : arn("secretsmanager", "secret:" + id + "-??????");
    }

    private String parameter(String name) {
        if (name == null || name.startsWith("arn:") || Glob.isToken(name)) {
            return name;
        }
        return arn("ssm", "parameter/" + (name.startsWith("/") ? name.substring(1) : name));
    }

    private List<String> parameters(String field) {
        JsonNode names = params == null ? null : params.get(field);
        if (names == null || !names.isArray()) {
            return unknown();
        }
        List<String> out = new ArrayList<>();
        for (JsonNode n : names) {
            out.add(n.isTextual() ? parameter(n.asText()) : Requirement.UNKNOWN);
        }
        return out;
    }

    private String kmsKey(String key) {
        if (key == null || key.startsWith("arn:") || Glob.isToken(key)) {
            return key;
        }
        return arn("kms", key.startsWith("alias/") ? key : "key/" + key);
    }

    private List<String> eventBuses(String field) {
        JsonNode entries = params == null ? null : params.get(field);
        if (entries == null || !entries.isArray()) {
            return unknown();
        }
        List<String> out = new ArrayList<>();
        for (JsonNode entry : entries) {
            if (entry.has("EventBusName.$")) {
                return unknown();
            }
            String bus = entry.path("EventBusName").asText("default");
            out.add(bus.startsWith("arn:") || Glob.isToken(bus) ? bus : arn("events", "event-bus/" + bus));
        }
        return out.stream().distinct().toList();
    }
}
