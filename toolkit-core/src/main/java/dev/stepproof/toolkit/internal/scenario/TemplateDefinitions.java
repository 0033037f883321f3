package dev.stepproof.toolkit.internal.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.Severity;
import dev.stepproof.toolkit.SourcePosition;
import dev.stepproof.toolkit.internal.parse.LocatedTreeReader;
import dev.stepproof.toolkit.internal.parse.ReadLimits;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Takes a state machine's definition out of a CloudFormation or SAM template: {@code Definition} (an object),
 * {@code DefinitionString} (a string, or {@code Fn::Sub} of a string), or SAM's {@code DefinitionUri} (a file
 * path), with literal {@code DefinitionSubstitutions} applied. Definitions assembled from other intrinsics
 * (e.g. {@code Fn::Join} over {@code Fn::GetAtt}) cannot be resolved locally and are reported.
 */
public final class TemplateDefinitions {
    /** The template has no such logical id, or the resource is not a state machine, or its definition cannot be resolved. */
    public static final String TEMPLATE = "SP-C004";

    private TemplateDefinitions() {
    }

    public static DefinitionReader.ReadResult read(Path template, String logicalId, DefinitionReader reader) {
        String source = template.toString();
        String text;
        try {
            text = Files.readString(template, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return problem(source, "The template cannot be read: " + e.getMessage() + ".");
        }
        boolean json = source.toLowerCase(Locale.ROOT).endsWith(".json");
        LocatedTreeReader.Outcome parsed = new LocatedTreeReader(ReadLimits.defaults().withMaxBytes(50 * 1024 * 1024))
                .read(new StringReader(text), json ? LocatedTreeReader.Syntax.JSON : LocatedTreeReader.Syntax.YAML, source);
        if (parsed.document() == null) {
            return new DefinitionReader.ReadResult(source, parsed.problems(), null);
        }
        JsonNode resource = parsed.document().root().path("Resources").path(logicalId);
        if (resource.isMissingNode()) {
            return problem(source, "The template has no resource '" + logicalId + "'.");
        }
        String type = resource.path("Type").asText();
        if (!type.equals("AWS::StepFunctions::StateMachine") && !type.equals("AWS::Serverless::StateMachine")) {
            return problem(source, "Resource '" + logicalId + "' is a " + type + ", not a state machine.");
        }
        return definition(template, source, logicalId, resource.path("Properties"), reader);
    }

    private static DefinitionReader.ReadResult definition(Path template, String source, String id, JsonNode props,
                                                          DefinitionReader reader) {
        String label = source + "#" + id;
        if (props.has("Definition")) {
            return reader.read(substitute(props.get("Definition").toString(), props, true), label);
        }
        JsonNode string = props.path("DefinitionString");
        if (string.isObject() && string.has("Fn::Sub") && string.get("Fn::Sub").isTextual()) {
            string = string.get("Fn::Sub");
        }
        if (string.isTextual()) {
            return reader.read(substitute(string.asText(), props, false), label);
        }
        if (props.path("DefinitionUri").isTextual()) {
            Path file = template.toAbsolutePath().getParent().resolve(props.get("DefinitionUri").asText()).normalize();
            return reader.read(file);
        }
        return problem(source, "State machine '" + id + "' builds its definition with CloudFormation intrinsics ("
                + fieldNames(string) + ") that StepProof cannot resolve locally; use Definition, a literal "
                + "DefinitionString or DefinitionUri, or point the scenario at the definition file.");
    }

    /** Applies literal DefinitionSubstitutions ({@code ${Name}}); inside JSON text values are JSON-escaped. */
    private static String substitute(String text, JsonNode props, boolean jsonText) {
        Iterator<Map.Entry<String, JsonNode>> it = props.path("DefinitionSubstitutions").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isValueNode()) {
                String value = e.getValue().asText();
                if (jsonText) {
                    value = com.fasterxml.jackson.databind.node.TextNode.valueOf(value).toString();
                    value = value.substring(1, value.length() - 1);
                }
                text = text.replace("${" + e.getKey() + "}", value);
            }
        }
        return text;
    }

    private static String fieldNames(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        node.fieldNames().forEachRemaining(n -> sb.append(sb.length() == 0 ? "" : ", ").append(n));
        return sb.length() == 0 ? "none" : sb.toString();
    }

    private static DefinitionReader.ReadResult problem(String source, String message) {
        return new DefinitionReader.ReadResult(source, List.of(new Diagnostic(TEMPLATE, Severity.ERROR, source, "",
                new SourcePosition(1, 1), message, "Check the scenario's template and logicalId.")), null);
    }
}
