package dev.stepproof.toolkit.internal.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Renders a template of the data file into a response: strings that are exactly one placeholder become its JSON
 * value (a number stays a number, the payload stays a tree); placeholders inside longer strings are replaced by
 * their text; a field or element whose value is {@link #OMIT} is left out; the field {@code "$merge"} lays the
 * fields of its (object) value over the fields written so far, so a payload can add or override fields of a
 * generated response. Everything else is copied.
 */
final class EnvelopeRenderer {

    /** "Leave this out": a field or element rendered to this is not written. */
    static final JsonNode OMIT = MissingNode.getInstance();
    static final String MERGE = "$merge";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Placeholders values;

    EnvelopeRenderer(Placeholders values) {
        this.values = values;
    }

    JsonNode render(JsonNode template) {
        if (template == null) {
            return OMIT;
        }
        if (template.isTextual()) {
            return text(template.textValue());
        }
        if (template.isObject()) {
            return object(template);
        }
        if (template.isArray()) {
            ArrayNode out = NODES.arrayNode();
            template.forEach(element -> {
                JsonNode value = render(element);
                if (!value.isMissingNode()) {
                    out.add(value);
                }
            });
            return out;
        }
        return template.deepCopy();
    }

    private JsonNode object(JsonNode template) {
        ObjectNode out = NODES.objectNode();
        template.fields().forEachRemaining(field -> {
            JsonNode value = render(field.getValue());
            if (MERGE.equals(field.getKey())) {
                if (value.isObject()) {
                    out.setAll((ObjectNode) value.deepCopy());
                }
            } else if (!value.isMissingNode()) {
                out.set(field.getKey(), value);
            }
        });
        return out;
    }

    private JsonNode text(String text) {
        int open = text.indexOf("${");
        if (open < 0) {
            return TextNode.valueOf(text);
        }
        if (open == 0 && Placeholder.end(text, open) == text.length() - 1) {
            return values.value(Placeholder.parse(text.substring(2, text.length() - 1)));
        }
        StringBuilder sb = new StringBuilder();
        int from = 0;
        while (open >= 0) {
            int close = Placeholder.end(text, open);
            if (close < 0) {
                break;
            }
            sb.append(text, from, open);
            JsonNode value = values.value(Placeholder.parse(text.substring(open + 2, close)));
            sb.append(value.isMissingNode() ? "" : Sources.text(value));
            from = close + 1;
            open = text.indexOf("${", from);
        }
        return TextNode.valueOf(sb.append(text.substring(from)).toString());
    }
}
