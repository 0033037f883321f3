package dev.stepproof.toolkit.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/** RFC 6901 JSON Pointer helpers the validator needs beyond {@code LocatedDocument.child}. */
final class JsonPointers {

    private JsonPointers() {
    }

    /** The unescaped reference tokens of {@code pointer}; none for the whole document ({@code ""}). */
    static List<String> tokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (pointer.isEmpty()) {
            return tokens;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            tokens.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    /** {@code pointer} without its last token. */
    static String parent(String pointer) {
        return pointer.substring(0, pointer.lastIndexOf('/'));
    }

    /** The last token of {@code pointer}, unescaped. */
    static String last(String pointer) {
        List<String> tokens = tokens(pointer);
        return tokens.get(tokens.size() - 1);
    }

    /** Array index of a token, or -1 when it is not one. */
    static int index(String token) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Orders pointers as their nodes appear in {@code root}: an object before its members, members in the order
     * they were written, array items by index. This is the order in which a reader meets the problems.
     */
    static Comparator<String> documentOrder(JsonNode root) {
        return (a, b) -> {
            List<String> left = tokens(a);
            List<String> right = tokens(b);
            JsonNode node = root;
            for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
                if (!left.get(i).equals(right.get(i))) {
                    return Integer.compare(rank(node, left.get(i)), rank(node, right.get(i)));
                }
                node = node.isArray() ? node.path(index(left.get(i))) : node.path(left.get(i));
            }
            return Integer.compare(left.size(), right.size());
        };
    }

    private static int rank(JsonNode container, String token) {
        if (container.isArray()) {
            return index(token);
        }
        int rank = 0;
        for (Iterator<String> names = container.fieldNames(); names.hasNext(); rank++) {
            if (names.next().equals(token)) {
                return rank;
            }
        }
        return Integer.MAX_VALUE;
    }
}
