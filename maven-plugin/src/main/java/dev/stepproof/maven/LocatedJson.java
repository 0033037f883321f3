package dev.stepproof.maven;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.stepproof.toolkit.SourcePosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON or YAML document read into a tree, together with where each value starts, so that a message about
 * {@code /Charge/1} can also say {@code mocks.yaml:7:9}.
 *
 * @param root      the document; never null (an empty document is {@link com.fasterxml.jackson.databind.node.MissingNode})
 * @param positions JSON Pointer to the position of the value's first character
 */
record LocatedJson(JsonNode root, Map<String, SourcePosition> positions) {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final ObjectMapper YAML = new YAMLMapper();

    LocatedJson {
        positions = Map.copyOf(positions);
    }

    /**
     * @param yaml whether to read YAML (a superset of JSON) rather than strict JSON
     * @throws JsonProcessingException on a syntax error; its location says where
     */
    static LocatedJson read(String text, boolean yaml) throws JsonProcessingException {
        ObjectMapper mapper = yaml ? YAML : JSON;
        JsonNode root = mapper.readTree(text);
        return new LocatedJson(root == null ? mapper.missingNode() : root, positions(mapper.getFactory(), text));
    }

    /**
     * @return where the value at {@code pointer} starts; for a value that is absent, where its nearest present
     *         ancestor starts (the object that lacks it); {@link SourcePosition#UNKNOWN} for an empty document
     */
    SourcePosition at(String pointer) {
        String p = pointer;
        while (!positions.containsKey(p) && !p.isEmpty()) {
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return positions.getOrDefault(p, SourcePosition.UNKNOWN);
    }

    /** A second pass over the tokens: the tree above does not keep locations. */
    private static Map<String, SourcePosition> positions(JsonFactory factory, String text) {
        Map<String, SourcePosition> positions = new HashMap<>();
        try (JsonParser parser = factory.createParser(text)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.FIELD_NAME || t.isStructEnd()) {
                    continue;
                }
                // At a '{' or '[' the parser has already entered the new container; its name is in the parent.
                JsonStreamContext context = t.isStructStart() ? parser.getParsingContext().getParent() : parser.getParsingContext();
                JsonLocation at = parser.currentTokenLocation();
                positions.putIfAbsent(context.pathAsPointer().toString(), new SourcePosition(at.getLineNr(), at.getColumnNr()));
            }
        } catch (JsonProcessingException e) {
            return positions; // unreachable in practice: the same text has just been read as a tree
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String does no I/O
        }
        return positions;
    }
}
