package dev.stepproof.toolkit.internal.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.nio.charset.StandardCharsets;

/**
 * Placeholder values computed from one <em>source</em>: the business payload ({@code $payload}) or a task
 * parameter by name ({@code MessageBody}, {@code Input}, …). A source's <em>text</em> is a string's own
 * characters, or the compact JSON of anything else: that is what Step Functions sends as a message body or an
 * object's content, so checksums over it match AWS's.
 */
final class Sources {

    private static final ObjectMapper PARSER = new ObjectMapper();
    private final CallFacts facts;

    Sources(CallFacts facts) {
        this.facts = facts;
    }

    /** @return the value for {@code p}, {@link EnvelopeRenderer#OMIT} when absent, or null if {@code p} is not a source function */
    JsonNode value(Placeholder p) {
        return switch (p.name()) {
            case "param" -> orFallback(source(p.arg(0)), p);
            case "json" -> json(p);
            case "jsonText" -> jsonText(p);
            case "text" -> TextNode.valueOf(text(p));
            case "md5" -> TextNode.valueOf(Ids.md5Hex(text(p)));
            case "crc32" -> TextNode.valueOf(Ids.crc32Base64(text(p)));
            case "length" -> IntNode.valueOf(utf8Length(text(p)));
            case "lastSegment" -> lastSegment(p);
            default -> null;
        };
    }

    JsonNode source(String name) {
        JsonNode value = "$payload".equals(name) ? facts.payload() : facts.parameters().get(name);
        return value == null ? MissingNode.getInstance() : value;
    }

    /**
     * The text of the placeholder's source; with a second argument {@code json} the source is always serialised,
     * a string too (AWS-REC: {@code aws-sdk:s3:putObject} stores the Body {@code "text data"} with its quotes).
     */
    private String text(Placeholder p) {
        JsonNode value = source(p.arg(0));
        boolean serialise = p.args().size() > 1 && "json".equals(p.arg(1));
        return serialise && !value.isMissingNode() ? value.toString() : text(value);
    }

    static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    static String text(JsonNode value) {
        if (value.isMissingNode()) {
            return "";
        }
        return value.isTextual() ? value.textValue() : value.toString();
    }

    /** JSON text: a string parameter already is JSON text (Step Functions passes it on); anything else is serialised. */
    private JsonNode jsonText(Placeholder p) {
        JsonNode value = source(p.arg(0));
        if (value.isMissingNode()) {
            return p.fallback() == null ? EnvelopeRenderer.OMIT : TextNode.valueOf(p.fallback());
        }
        if (p.arg(0).equals("$payload")) {
            return TextNode.valueOf(value.toString()); // an output is always serialised, a string output too
        }
        return TextNode.valueOf(text(value));
    }

    /** Parsed JSON: a string holding JSON is parsed (as {@code .sync:2} does for Input), anything else kept. */
    private JsonNode json(Placeholder p) {
        JsonNode value = source(p.arg(0));
        if (value.isMissingNode()) {
            return p.fallback() == null ? EnvelopeRenderer.OMIT : parse(p.fallback(), TextNode.valueOf(p.fallback()));
        }
        return value.isTextual() ? parse(value.textValue(), value) : value;
    }

    private JsonNode lastSegment(Placeholder p) {
        String text = text(source(p.arg(0)));
        String segment = text.substring(Math.max(text.lastIndexOf('/'), text.lastIndexOf(':')) + 1);
        if (segment.isEmpty()) {
            return p.fallback() == null ? EnvelopeRenderer.OMIT : TextNode.valueOf(p.fallback());
        }
        return TextNode.valueOf(segment);
    }

    private static JsonNode orFallback(JsonNode value, Placeholder p) {
        if (!value.isMissingNode()) {
            return value;
        }
        return p.fallback() == null ? EnvelopeRenderer.OMIT : TextNode.valueOf(p.fallback());
    }

    private static JsonNode parse(String text, JsonNode otherwise) {
        try {
            JsonNode parsed = PARSER.readTree(text);
            return parsed == null || parsed.isMissingNode() ? otherwise : parsed;
        } catch (JsonProcessingException e) {
            return otherwise; // not JSON: AWS hands the string on unchanged
        }
    }
}
