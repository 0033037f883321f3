package dev.stepproof.toolkit.internal.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A JSON value of a JSONata state with {@code {% %}} templates at any depth ({@code Arguments}, {@code Output},
 * an {@code Assign} value, {@code Items}, {@code ItemSelector}, …), compiled once. Parts without templates stay
 * the definition's own nodes and are returned as they are, so they must be treated as read-only. Each
 * template knows its location: the field, then {@code /key} per object member and {@code [i]} per array
 * element, e.g. {@code Arguments/Payload/ids[2]}.
 */
public final class JsonataValue {
    private final Node root;

    private JsonataValue(Node root) {
        this.root = root;
    }

    /**
     * @param value    the value as written; null when the field is absent
     * @param location the field's name as AWS writes it, e.g. {@code Output} or {@code Choices[0]/Assign/x}
     * @return the compiled value, or null when {@code value} is null
     */
    public static JsonataValue compile(JsonNode value, String location) {
        return value == null ? null : new JsonataValue(node(value, location));
    }

    /**
     * @param scope what the templates read; never null
     * @return the value with every template replaced by its result; never null
     * @throws JsonataError when a template fails; the first in document order wins
     */
    public JsonNode evaluate(JsonataScope scope) {
        return root.evaluate(scope);
    }

    /** @return the expression when the whole value is one template, else null */
    public JsonataExpression expression() {
        return root instanceof Template ? ((Template) root).expression : null;
    }

    private static Node node(JsonNode value, String location) {
        if (value.isTextual() && JsonataExpression.isTemplate(value.textValue())) {
            return new Template(JsonataExpression.ofTemplate(value.textValue(), location));
        }
        if (value.isObject() && hasTemplate(value)) {
            List<String> keys = new ArrayList<>();
            List<Node> children = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> it = value.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                keys.add(e.getKey());
                children.add(node(e.getValue(), location + "/" + e.getKey()));
            }
            return new Members(keys.toArray(new String[0]), children.toArray(new Node[0]));
        }
        if (value.isArray() && hasTemplate(value)) {
            Node[] children = new Node[value.size()];
            for (int i = 0; i < children.length; i++) {
                children[i] = node(value.get(i), location + "[" + i + "]");
            }
            return new Elements(children);
        }
        return new Literal(value);
    }

    private static boolean hasTemplate(JsonNode value) {
        if (value.isTextual()) {
            return JsonataExpression.isTemplate(value.textValue());
        }
        for (JsonNode child : value) {
            if (hasTemplate(child)) {
                return true;
            }
        }
        return false;
    }

    private interface Node {
        JsonNode evaluate(JsonataScope scope);
    }

    private static final class Literal implements Node {
        private final JsonNode value;

        Literal(JsonNode value) {
            this.value = value;
        }

        @Override
        public JsonNode evaluate(JsonataScope scope) {
            return value;
        }
    }

    private static final class Template implements Node {
        private final JsonataExpression expression;

        Template(JsonataExpression expression) {
            this.expression = expression;
        }

        @Override
        public JsonNode evaluate(JsonataScope scope) {
            return expression.evaluate(scope);
        }
    }

    private static final class Members implements Node {
        private final String[] keys;
        private final Node[] children;

        Members(String[] keys, Node[] children) {
            this.keys = keys;
            this.children = children;
        }

        @Override
        public JsonNode evaluate(JsonataScope scope) {
            ObjectNode out = JsonResults.NODES.objectNode();
            for (int i = 0; i < keys.length; i++) {
                out.set(keys[i], children[i].evaluate(scope));
            }
            return out;
        }
    }

    private static final class Elements implements Node {
        private final Node[] children;

        Elements(Node[] children) {
            this.children = children;
        }

        @Override
        public JsonNode evaluate(JsonataScope scope) {
            ArrayNode out = JsonResults.NODES.arrayNode(children.length);
            for (Node child : children) {
                out.add(child.evaluate(scope));
            }
            return out;
        }
    }
}
