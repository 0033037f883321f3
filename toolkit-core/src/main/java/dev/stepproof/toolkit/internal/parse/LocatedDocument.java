package dev.stepproof.toolkit.internal.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.Severity;
import dev.stepproof.toolkit.SourcePosition;

import java.util.Map;

/**
 * A parsed JSON or YAML document that remembers where each node came from, so every later message
 * (schema, semantic, runtime) can point into the user's file.
 *
 * <p>Positions are keyed by RFC 6901 JSON Pointer. For an object member the position is that of its
 * key (where the eye goes in an editor); for array elements and the root, that of the value.
 */
public final class LocatedDocument {

    private final String source;
    private final JsonNode root;
    private final Map<String, SourcePosition> positions;

    public LocatedDocument(String source, JsonNode root, Map<String, SourcePosition> positions) {
        this.source = source;
        this.root = root;
        this.positions = Map.copyOf(positions);
    }

    public String source() {
        return source;
    }

    public JsonNode root() {
        return root;
    }

    /**
     * Position of the node at {@code pointer}, or of its nearest located ancestor when the node itself
     * does not exist (a missing field is reported at the object that lacks it).
     */
    public SourcePosition positionOf(String pointer) {
        String p = pointer;
        while (true) {
            SourcePosition pos = positions.get(p);
            if (pos != null) {
                return pos;
            }
            if (p.isEmpty()) {
                return SourcePosition.UNKNOWN;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** Builds a diagnostic located in this document. */
    public Diagnostic diagnostic(String code, Severity severity, String pointer, String message, String hint) {
        return new Diagnostic(code, severity, source, pointer, positionOf(pointer), message, hint);
    }

    /** Appends one RFC 6901 reference token to {@code pointer}, escaping {@code ~} and {@code /}. */
    public static String child(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** Appends an array index to {@code pointer}. */
    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }
}
