package dev.stepproof.toolkit.internal.audit.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates CloudFormation intrinsics as far as a template alone allows. Values only known at deploy time become
 * symbolic tokens: {@code ${Logical.Arn}} for a resource's ARN (whether written {@code !Ref} or
 * {@code !GetAtt …Arn}), {@code ${Logical.Ref}} for a {@code Ref} that returns a name or URL, {@code ${Param}}
 * for parameters, {@code ${AWS::Region}} and {@code ${AWS::AccountId}}; {@code AWS::Partition} is {@code aws}.
 * ARNs a template spells out around a name token ({@code arn:…:table/${Table.Ref}}) are folded into the ARN
 * token, so a policy and a definition that name the same resource in different ways compare equal.
 */
public final class TemplateResolver {

    /** NoEcho parameters resolve to this token prefix, so secret scanning can see them reach a definition. */
    public static final String NO_ECHO = "${NoEcho:";

    /** Types whose {@code Ref} returns the ARN. */
    private static final Set<String> REF_IS_ARN = Set.of("AWS::SNS::Topic", "AWS::StepFunctions::StateMachine",
            "AWS::Serverless::StateMachine", "AWS::StepFunctions::Activity", "AWS::IAM::ManagedPolicy",
            "AWS::SecretsManager::Secret", "AWS::ECS::TaskDefinition", "AWS::Batch::JobQueue",
            "AWS::Batch::JobDefinition", "AWS::ECS::Cluster", "AWS::Events::Connection");

    /** Region and account: text without colons, or a pseudo-parameter token (which has colons). */
    private static final String RA = "(?:\\$\\{[^}]*}|[^:]*):(?:\\$\\{[^}]*}|[^:]*):";

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]*)}");
    private static final List<Fold> FOLDS = List.of(
            new Fold("arn:[^:]+:lambda:" + RA + "function:\\$\\{(\\w+)\\.Ref}(.*)", "Function"),
            new Fold("arn:[^:]+:dynamodb:" + RA + "table/\\$\\{(\\w+)\\.Ref}(.*)", "Table"),
            new Fold("arn:[^:]+:sqs:" + RA + "\\$\\{(\\w+)\\.QueueName}()", "AWS::SQS::Queue"),
            new Fold("arn:[^:]+:s3:::\\$\\{(\\w+)\\.Ref}(.*)", "AWS::S3::Bucket"),
            new Fold("arn:[^:]+:states:" + RA + "stateMachine:\\$\\{(\\w+)\\.Name}(.*)", "StateMachine"),
            new Fold("arn:[^:]+:sns:" + RA + "\\$\\{(\\w+)\\.TopicName}()", "AWS::SNS::Topic"),
            new Fold("arn:[^:]+:events:" + RA + "event-bus/\\$\\{(\\w+)\\.Ref}()", "AWS::Events::EventBus"));

    private record Fold(Pattern pattern, String typeSuffix) {
        Fold(String regex, String typeSuffix) {
            this(Pattern.compile(regex), typeSuffix);
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode template;

    /** @param template the whole template (Parameters, Mappings, Resources) */
    public TemplateResolver(JsonNode template) {
        this.template = template;
    }

    /** @return the resource type of a logical id, or {@code ""} */
    public String typeOf(String logicalId) {
        return template.path("Resources").path(logicalId).path("Type").asText("");
    }

    /** @return a copy of {@code node} with every intrinsic it can evaluate replaced; never null */
    public JsonNode resolve(JsonNode node) {
        if (node == null) {
            return NODES.nullNode();
        }
        if (node.isObject() && node.size() == 1) {
            String key = node.fieldNames().next();
            if (key.equals("Ref") || key.startsWith("Fn::")) {
                return intrinsic(key, node.get(key));
            }
        }
        if (node.isObject()) {
            ObjectNode out = NODES.objectNode();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                JsonNode value = resolve(e.getValue());
                if (!value.isMissingNode()) {
                    out.set(e.getKey(), value);
                }
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = NODES.arrayNode();
            node.forEach(n -> {
                JsonNode value = resolve(n);
                if (!value.isMissingNode()) {
                    out.add(value);
                }
            });
            return out;
        }
        return node.deepCopy();
    }

    /** @return the value as text ({@code ${?}} when it is not a string after resolution) */
    public String resolveString(JsonNode node) {
        JsonNode value = resolve(node);
        return value.isTextual() ? value.asText() : value.isValueNode() ? value.asText() : "${?}";
    }

    private JsonNode intrinsic(String name, JsonNode arg) {
        return switch (name) {
            case "Ref" -> ref(arg.asText());
            case "Fn::GetAtt" -> NODES.textNode(getAtt(arg));
            case "Fn::Sub" -> NODES.textNode(sub(arg));
            case "Fn::Join" -> join(arg);
            case "Fn::Select" -> select(arg);
            case "Fn::FindInMap" -> findInMap(arg);
            case "Fn::Base64" -> resolve(arg);
            case "Fn::ImportValue" -> NODES.textNode("${Import:" + resolveString(arg) + "}");
            default -> NODES.textNode("${" + name + "}");
        };
    }

    private JsonNode ref(String name) {
        return switch (name) {
            case "AWS::NoValue" -> com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            case "AWS::Partition" -> NODES.textNode("aws");
            case "AWS::URLSuffix" -> NODES.textNode("amazonaws.com");
            default -> NODES.textNode(refText(name));
        };
    }

    private String refText(String name) {
        if (name.startsWith("AWS::")) {
            return switch (name) {
                case "AWS::Partition" -> "aws";
                case "AWS::URLSuffix" -> "amazonaws.com";
                default -> "${" + name + "}";
            };
        }
        JsonNode parameter = template.path("Parameters").path(name);
        if (!parameter.isMissingNode()) {
            boolean noEcho = parameter.path("NoEcho").asText("false").equalsIgnoreCase("true");
            return noEcho ? NO_ECHO + name + "}" : "${" + name + "}";
        }
        String type = typeOf(name);
        return REF_IS_ARN.contains(type) ? "${" + name + ".Arn}" : "${" + name + ".Ref}";
    }

    private String getAtt(JsonNode arg) {
        String id;
        String attribute;
        if (arg.isArray() && arg.size() >= 2) {
            id = arg.get(0).asText();
            attribute = resolveString(arg.get(1));
        } else {
            String text = arg.asText();
            int dot = text.indexOf('.');
            id = dot < 0 ? text : text.substring(0, dot);
            attribute = dot < 0 ? "" : text.substring(dot + 1);
        }
        return "${" + id + "." + attribute + "}";
    }

    private String sub(JsonNode arg) {
        String text;
        JsonNode variables = NODES.objectNode();
        if (arg.isArray()) {
            text = arg.path(0).asText();
            variables = arg.path(1);
        } else {
            text = arg.asText();
        }
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String var = m.group(1);
            String value;
            if (var.startsWith("!")) {
                value = "${" + var.substring(1) + "}";
            } else if (variables.has(var)) {
                value = resolveString(variables.get(var));
            } else if (var.contains(".") && !var.startsWith("AWS::")) {
                value = "${" + var + "}";
            } else {
                value = refText(var);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return fold(out.toString());
    }

    private JsonNode join(JsonNode arg) {
        if (!arg.isArray() || arg.size() != 2) {
            return NODES.textNode("${Fn::Join}");
        }
        String delimiter = arg.get(0).asText();
        JsonNode parts = resolve(arg.get(1));
        if (!parts.isArray()) {
            return NODES.textNode("${Fn::Join}");
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            out.append(i == 0 ? "" : delimiter).append(parts.get(i).isTextual() ? parts.get(i).asText() : parts.get(i).toString());
        }
        return NODES.textNode(fold(out.toString()));
    }

    private JsonNode select(JsonNode arg) {
        JsonNode list = arg.isArray() && arg.size() == 2 ? resolve(arg.get(1)) : null;
        int index = arg.isArray() && arg.size() == 2 ? resolve(arg.get(0)).asInt(-1) : -1;
        return list != null && list.isArray() && index >= 0 && index < list.size() ? list.get(index) : NODES.textNode("${Fn::Select}");
    }

    private JsonNode findInMap(JsonNode arg) {
        if (arg.isArray() && arg.size() == 3) {
            JsonNode value = template.path("Mappings").path(resolveString(arg.get(0)))
                    .path(resolveString(arg.get(1))).path(resolveString(arg.get(2)));
            if (!value.isMissingNode()) {
                return value.deepCopy();
            }
        }
        return NODES.textNode("${Fn::FindInMap}");
    }

    /** Folds an ARN spelled around a name token into that resource's ARN token. */
    String fold(String text) {
        for (Fold f : FOLDS) {
            Matcher m = f.pattern().matcher(text);
            if (m.matches() && typeOf(m.group(1)).endsWith(f.typeSuffix())) {
                return "${" + m.group(1) + ".Arn}" + m.group(2);
            }
        }
        return text;
    }
}
