package dev.stepproof.toolkit.internal.audit.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.SourcePosition;
import dev.stepproof.toolkit.audit.FindingLocation;
import dev.stepproof.toolkit.audit.Locator;
import dev.stepproof.toolkit.internal.audit.Documents;
import dev.stepproof.toolkit.internal.audit.Locators;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a state machine resource's definition: {@code Definition} (an object, located in the template),
 * {@code DefinitionString} (a literal, {@code Fn::Sub} or {@code Fn::Join} of literal parts and resolvable
 * intrinsics; located at the string), SAM's {@code DefinitionUri} (a local file), with
 * {@code DefinitionSubstitutions} applied. {@code DefinitionS3Location} and S3 {@code DefinitionUri}s cannot be
 * read offline.
 */
final class EmbeddedDefinition {

    /**
     * @param document the definition as a located tree whose pointers start at the definition root, or null
     * @param locator  maps those pointers to the user's file
     * @param problems why it could not be read (parse errors), or what is not analysable
     * @param notAnalysable a coverage note when the definition is out of reach, or null
     */
    record Found(LocatedDocument document, Locator locator, List<Diagnostic> problems, String notAnalysable) {
    }

    private final LocatedDocument template;
    private final TemplateResolver resolver;
    private final Path templateFile;
    private final List<String> lines;

    EmbeddedDefinition(LocatedDocument template, TemplateResolver resolver, Path templateFile, List<String> lines) {
        this.template = template;
        this.resolver = resolver;
        this.templateFile = templateFile;
        this.lines = lines;
    }

    Found find(String logicalId, JsonNode props) {
        String base = "/Resources/" + logicalId + "/Properties";
        Map<String, String> substitutions = substitutions(props.path("DefinitionSubstitutions"));
        if (props.has("Definition") && props.get("Definition").isObject()) {
            return embedded(logicalId, base + "/Definition", props.get("Definition"), substitutions);
        }
        if (props.has("DefinitionString")) {
            return string(logicalId, base + "/DefinitionString", props.get("DefinitionString"), substitutions);
        }
        JsonNode uri = props.path("DefinitionUri");
        if (uri.isTextual() && !uri.asText().startsWith("s3://")) {
            return file(uri.asText(), substitutions);
        }
        if (props.has("DefinitionS3Location") || props.has("DefinitionUri")) {
            return new Found(null, null, List.of(), "its definition is stored in S3 ("
                    + (props.has("DefinitionS3Location") ? "DefinitionS3Location" : "DefinitionUri")
                    + "), which StepProof does not fetch; audit the definition file instead");
        }
        return new Found(null, null, List.of(), "it has no Definition, DefinitionString or DefinitionUri");
    }

    private Map<String, String> substitutions(JsonNode node) {
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            out.put(e.getKey(), resolver.resolveString(e.getValue()));
        }
        return out;
    }

    /** A Definition object: resolve intrinsics and substitutions in place; positions stay the template's. */
    private Found embedded(String id, String pointer, JsonNode definition, Map<String, String> substitutions) {
        JsonNode resolved = substitute(resolver.resolve(definition), substitutions);
        Map<String, SourcePosition> positions = new HashMap<>();
        collect(resolved, "", pointer, positions);
        LocatedDocument doc = new LocatedDocument(template.source(), resolved, positions);
        return new Found(doc, Locators.in(template, pointer, id), List.of(), null);
    }

    private void collect(JsonNode node, String relative, String prefix, Map<String, SourcePosition> into) {
        SourcePosition p = template.positionOf(prefix + relative);
        into.put(relative, p);
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(n -> collect(node.get(n), LocatedDocument.child(relative, n), prefix, into));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), LocatedDocument.child(relative, i), prefix, into);
            }
        }
    }

    private Found string(String id, String pointer, JsonNode value, Map<String, String> substitutions) {
        String text = resolver.resolveString(value);
        text = substituteText(text, substitutions, true);
        Documents.Read read = Documents.definitionText(text, template.source() + "#" + id);
        Locator locator = Locators.atString(template, pointer, id);
        Locator block = read.document() == null ? null
                : BlockScalarLocator.of(lines, template, literalPointer(pointer, value), read.document(), id);
        if (block != null) {
            locator = block;
        }
        if (read.document() == null) {
            FindingLocation at = locator.locate("");
            return new Found(null, null, read.problems().stream().map(d -> new Diagnostic(d.code(), d.severity(),
                    at.source(), at.pointer(), at.position(), "In DefinitionString of '" + id + "': " + d.message(),
                    d.hint())).toList(), null);
        }
        return new Found(read.document(), locator, List.of(), null);
    }

    /** The pointer of the string literal itself: the property, or the template of its Fn::Sub. */
    private static String literalPointer(String pointer, JsonNode value) {
        if (value.isObject() && value.has("Fn::Sub")) {
            return value.get("Fn::Sub").isArray() ? pointer + "/Fn::Sub/0" : pointer + "/Fn::Sub";
        }
        return pointer;
    }

    private Found file(String uri, Map<String, String> substitutions) {
        Path file = templateFile.toAbsolutePath().getParent().resolve(uri).normalize();
        Documents.Read read = Documents.definition(file);
        if (read.document() == null) {
            return new Found(null, null, read.problems(), null);
        }
        LocatedDocument doc = read.document();
        JsonNode root = substitute(doc.root(), substitutions);
        LocatedDocument substituted = new LocatedDocument(doc.source(), root, positionsOf(doc));
        return new Found(substituted, Locators.in(substituted, "", ""), List.of(), null);
    }

    private static Map<String, SourcePosition> positionsOf(LocatedDocument doc) {
        Map<String, SourcePosition> out = new HashMap<>();
        collectOwn(doc, doc.root(), "", out);
        return out;
    }

    private static void collectOwn(LocatedDocument doc, JsonNode node, String pointer, Map<String, SourcePosition> into) {
        into.put(pointer, doc.positionOf(pointer));
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(n -> collectOwn(doc, node.get(n), LocatedDocument.child(pointer, n), into));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectOwn(doc, node.get(i), LocatedDocument.child(pointer, i), into);
            }
        }
    }

    /** Applies {@code ${Name}} substitutions to every string of a tree. */
    private static JsonNode substitute(JsonNode node, Map<String, String> substitutions) {
        if (substitutions.isEmpty()) {
            return node;
        }
        if (node.isTextual()) {
            return TextNode.valueOf(substituteText(node.asText(), substitutions, false));
        }
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            node.properties().forEach(e -> out.set(e.getKey(), substitute(e.getValue(), substitutions)));
            return out;
        }
        if (node.isArray()) {
            var out = JsonNodeFactory.instance.arrayNode();
            node.forEach(n -> out.add(substitute(n, substitutions)));
            return out;
        }
        return node;
    }

    /** Inside JSON text a value is JSON-escaped, as Step Functions does. */
    private static String substituteText(String text, Map<String, String> substitutions, boolean jsonText) {
        for (Map.Entry<String, String> e : substitutions.entrySet()) {
            String value = e.getValue();
            if (jsonText) {
                String quoted = TextNode.valueOf(value).toString();
                value = quoted.substring(1, quoted.length() - 1);
            }
            text = text.replace("${" + e.getKey() + "}", value);
        }
        return text;
    }
}
