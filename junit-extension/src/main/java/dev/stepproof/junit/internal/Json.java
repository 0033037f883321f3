package dev.stepproof.junit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * Reads JSON written by test authors and renders JSON for messages and reports. Not API.
 *
 * @since 0.1.0
 */
public final class Json {

    // An ObjectReader, not an ObjectMapper: readers are immutable, so sharing one is not shared mutable state.
    private static final ObjectReader READER = new ObjectMapper().reader();
    private static final ObjectWriter PRETTY = new ObjectMapper().writerWithDefaultPrettyPrinter();

    private Json() {
    }

    /**
     * @param what names the text in the error, e.g. {@code "expected output"}
     * @param text JSON text; never null
     * @return the tree
     * @throws IllegalArgumentException when the text is not JSON (a mistake in the test, not a failed assertion)
     */
    public static JsonNode parse(String what, String text) {
        if (text == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        try {
            JsonNode node = READER.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new IllegalArgumentException(what + " is empty; write JSON such as {} or null");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(what + " is not valid JSON: [" + text + "] ("
                    + e.getOriginalMessage() + ")", e);
        }
    }

    /** @return compact JSON, or {@code null} for a Java null (an absent value) */
    public static String compact(JsonNode node) {
        // Jackson's toString() writes valid, compact JSON (numbers as written, strings escaped).
        return node == null ? "null" : node.toString();
    }

    /** @return indented JSON, for the expected/actual values IDEs show side by side */
    public static String pretty(JsonNode node) {
        try {
            return node == null ? "null" : PRETTY.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            return compact(node); // a tree always serialises; keep the message even if it somehow does not
        }
    }

    /**
     * @param max most characters to keep; longer text is cut and told how long it was, so a report stays
     *            readable when a state carries a large payload
     * @return compact JSON of at most about {@code max} characters
     */
    public static String truncated(JsonNode node, int max) {
        return truncated(compact(node), max);
    }

    /** @return {@code text}, cut to {@code max} characters with a note of its full length when longer */
    public static String truncated(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, max) + "… (" + text.length() + " chars)";
    }
}
