package dev.stepproof.toolkit.internal.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;

/**
 * Jackson trees as the {@code Map}/{@code List} values jsonata-java navigates. The views are read-only and
 * lazy: a state input of any size costs nothing until an expression walks into it, and a view that comes
 * back out of an expression unchanged turns back into its own node ({@link JsonResults}) without a copy.
 *
 * <p>Values follow jsonata-java's conventions: objects are {@code Map}s, arrays {@code List}s, integral
 * numbers {@code Integer}/{@code Long}, other numbers {@code Double}, and a JSON null inside a container
 * is Java {@code null} (the engine tells it from an absent member with {@code containsKey}).
 */
final class JsonViews {
    private JsonViews() {
    }

    /** @return the value of a bound variable: as {@link #of}, but a top-level JSON null is the engine's null marker */
    static Object binding(JsonNode node) {
        return node.isNull() ? Jsonata.NULL_VALUE : of(node);
    }

    /** @return the engine's form of {@code node}; Java null for JSON null or a missing node */
    static Object of(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT:
                return new ObjectView(node);
            case ARRAY:
                return new ArrayView(node);
            case STRING:
                return node.textValue();
            case BOOLEAN:
                return node.booleanValue();
            case NUMBER:
                return number(node);
            default:
                return null;
        }
    }

    private static Object number(JsonNode node) {
        if (node.canConvertToInt() && node.isIntegralNumber()) {
            return node.intValue();
        }
        if (node.canConvertToLong() && node.isIntegralNumber()) {
            return node.longValue();
        }
        return node.doubleValue();
    }

    /** A JSON object seen as a read-only map; {@link #node} lets results skip the copy back. */
    static final class ObjectView extends AbstractMap<String, Object> {
        final JsonNode node;

        ObjectView(JsonNode node) {
            this.node = node;
        }

        @Override
        public Object get(Object key) {
            JsonNode child = key instanceof String ? node.get((String) key) : null;
            return child == null ? null : of(child);
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String && node.has((String) key);
        }

        @Override
        public int size() {
            return node.size();
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return fields.hasNext();
                        }

                        @Override
                        public Entry<String, Object> next() {
                            Map.Entry<String, JsonNode> e = fields.next();
                            return new SimpleImmutableEntry<>(e.getKey(), of(e.getValue()));
                        }
                    };
                }

                @Override
                public int size() {
                    return node.size();
                }
            };
        }
    }

    /** A JSON array seen as a read-only list; {@link #node} lets results skip the copy back. */
    static final class ArrayView extends AbstractList<Object> implements RandomAccess {
        final JsonNode node;

        ArrayView(JsonNode node) {
            this.node = node;
        }

        @Override
        public Object get(int index) {
            if (index < 0 || index >= node.size()) {
                throw new IndexOutOfBoundsException(index);
            }
            return of(node.get(index));
        }

        @Override
        public int size() {
            return node.size();
        }
    }
}
