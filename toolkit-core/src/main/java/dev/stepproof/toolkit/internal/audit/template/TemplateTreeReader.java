package dev.stepproof.toolkit.internal.audit.template;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.stepproof.toolkit.SourcePosition;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a template (JSON or YAML) into a tree with the position of every node, turning YAML short-form
 * intrinsics ({@code !Ref X}, {@code !GetAtt A.B}, {@code !Sub …}, {@code !Join […]}, …) into their long form
 * ({@code {"Ref": "X"}}, {@code {"Fn::GetAtt": ["A", "B"]}}, {@code {"Fn::Sub": …}}). Jackson's YAML parser
 * reports the tag of each node as its type id; the definition reader ignores tags, which is why templates get
 * their own reader.
 */
public final class TemplateTreeReader {

    /** The result: a document, or the reason there is none. */
    public record Outcome(LocatedDocument document, String problem, SourcePosition where) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_NODES = 2_000_000;

    /** Parses {@code text}; YAML unless {@code json}. Never throws on bad input. */
    public Outcome read(String text, boolean json, String source) {
        LoaderOptions loader = new LoaderOptions();
        loader.setMaxAliasesForCollections(100);
        loader.setCodePointLimit(Math.max(text.length() + 1, 3 * 1024 * 1024));
        JsonFactory factory = json ? new JsonFactory() : YAMLFactory.builder().loaderOptions(loader).build();
        try (JsonParser parser = factory.createParser(new StringReader(text))) {
            Builder builder = new Builder(parser);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Outcome(null, "the template is empty", new SourcePosition(1, 1));
            }
            JsonNode root = builder.value(first, "");
            return new Outcome(new LocatedDocument(source, root, builder.positions), null, null);
        } catch (JacksonException e) {
            String m = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
            int nl = m.indexOf('\n');
            return new Outcome(null, "the template is not valid " + (json ? "JSON" : "YAML") + ": "
                    + (nl > 0 ? m.substring(0, nl) : m).trim(), position(e.getLocation()));
        } catch (IOException | RuntimeException e) {
            return new Outcome(null, "the template cannot be read: " + e.getMessage(), new SourcePosition(1, 1));
        }
    }

    private static SourcePosition position(JsonLocation loc) {
        if (loc == null || loc.getLineNr() <= 0) {
            return new SourcePosition(1, 1);
        }
        return new SourcePosition(loc.getLineNr(), Math.max(1, loc.getColumnNr()));
    }

    private static final class Builder {
        private final JsonParser parser;
        private final Map<String, SourcePosition> positions = new HashMap<>();
        private final Map<String, JsonNode> anchors = new HashMap<>();
        private int nodes;

        Builder(JsonParser parser) {
            this.parser = parser;
        }

        /** Reads the value starting at the current token; records positions of its members. */
        JsonNode value(JsonToken token, String pointer) throws IOException {
            if (++nodes > MAX_NODES) {
                throw new IOException("more than " + MAX_NODES + " values");
            }
            SourcePosition here = position(parser.currentTokenLocation());
            positions.putIfAbsent(pointer, here);
            String tag = parser instanceof YAMLParser yaml ? yaml.getTypeId() : null;
            String anchor = parser instanceof YAMLParser yaml && yaml.getObjectId() != null ? yaml.getObjectId().toString() : null;
            String inner = tag == null ? pointer : LocatedDocument.child(pointer, longName(tag));
            if (tag != null) {
                positions.put(inner, here);
            }
            JsonNode node;
            if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                JsonNode target = anchors.get(parser.getText());
                node = target == null ? NODES.nullNode() : target.deepCopy();
            } else if (token == JsonToken.START_OBJECT) {
                node = object(inner);
            } else if (token == JsonToken.START_ARRAY) {
                node = array(inner);
            } else {
                node = scalar(token);
            }
            if (anchor != null) {
                anchors.put(anchor, node);
            }
            return tag == null ? node : intrinsic(tag, node);
        }

        private ObjectNode object(String pointer) throws IOException {
            ObjectNode obj = NODES.objectNode();
            JsonToken t;
            while ((t = parser.nextToken()) != JsonToken.END_OBJECT) {
                String name = parser.currentName();
                String child = LocatedDocument.child(pointer, name);
                positions.put(child, position(parser.currentTokenLocation()));
                obj.set(name, value(parser.nextToken(), child));
            }
            return obj;
        }

        private ArrayNode array(String pointer) throws IOException {
            ArrayNode arr = NODES.arrayNode();
            JsonToken t;
            while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                arr.add(value(t, LocatedDocument.child(pointer, arr.size())));
            }
            return arr;
        }

        private JsonNode scalar(JsonToken token) throws IOException {
            return switch (token) {
                case VALUE_NUMBER_INT -> NODES.numberNode(parser.getLongValue());
                case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
                case VALUE_TRUE -> NODES.booleanNode(true);
                case VALUE_FALSE -> NODES.booleanNode(false);
                case VALUE_NULL -> NODES.nullNode();
                default -> NODES.textNode(parser.getText());
            };
        }
    }

    /** {@code Ref} and {@code Condition} keep their name; every other tag {@code X} is {@code Fn::X}. */
    static String longName(String tag) {
        return tag.equals("Ref") || tag.equals("Condition") ? tag : "Fn::" + tag;
    }

    private static JsonNode intrinsic(String tag, JsonNode value) {
        JsonNode argument = value;
        if (tag.equals("GetAtt") && value.isTextual()) {
            // !GetAtt Logical.Attribute.Nested: the logical id ends at the first dot.
            String text = value.asText();
            int dot = text.indexOf('.');
            ArrayNode pair = NODES.arrayNode();
            pair.add(dot < 0 ? text : text.substring(0, dot));
            pair.add(dot < 0 ? "" : text.substring(dot + 1));
            argument = pair;
        }
        ObjectNode wrapped = NODES.objectNode();
        wrapped.set(longName(tag), argument);
        return wrapped;
    }
}
