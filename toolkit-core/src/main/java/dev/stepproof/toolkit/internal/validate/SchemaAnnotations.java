package dev.stepproof.toolkit.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.path.NodePath;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the ASL schema's own annotations back, so that messages name things as the schema does.
 *
 * <p>Every object schema in {@code asl.schema.json} carries a {@code title} ("a Wait state", "a Retry entry");
 * value schemas that accept more than one shape carry one too ("an integer from 1 to 99999999 or a JSONata
 * expression"). Keeping the wording next to the rule it describes means a new field or state type needs no
 * Java change.
 */
final class SchemaAnnotations {

    /** The object schema that a failing keyword belongs to. */
    record Owner(String title, Role role, List<String> fields) {
    }

    /** What the owning schema stands for, which decides the fix to suggest. */
    enum Role {
        /** One of the eight {@code $defs/<Type>State} schemas. */
        STATE_TYPE,
        /** The restrictions that a state's own {@code QueryLanguage} adds. */
        QUERY_LANGUAGE,
        /** Anything else: the top level, a Retry entry, an ItemReader, ... */
        OTHER
    }

    private static final String DEFS = "$defs";

    private final JsonNode schema;

    SchemaAnnotations(JsonNode schema) {
        this.schema = schema;
    }

    /**
     * The nearest titled schema at or above the keyword at {@code fragment}: for {@code additionalProperties},
     * {@code required} and a {@code false} property schema, the object schema that rejected the instance.
     */
    Owner owner(NodePath fragment) {
        JsonNode node = schema;
        JsonNode titled = schema;
        for (int i = 0; i < fragment.getNameCount(); i++) {
            node = child(node, fragment.getElement(i));
            if (node.isMissingNode()) {
                break;
            }
            if (node.hasNonNull("title")) {
                titled = node;
            }
        }
        return new Owner(titled.path("title").asText(), role(fragment), fields(titled));
    }

    /** The title of the schema that holds the keyword at {@code fragment}, if that schema has one. */
    Optional<String> ownTitle(NodePath fragment) {
        JsonNode node = schema;
        for (int i = 0; i < fragment.getNameCount() - 1; i++) {
            node = child(node, fragment.getElement(i));
        }
        return node.hasNonNull("title") ? Optional.of(node.get("title").asText()) : Optional.empty();
    }

    /** Whether the keyword at {@code fragment} sits inside the definition named {@code def}. */
    static boolean isIn(NodePath fragment, String def) {
        return fragment.getNameCount() > 1 && DEFS.equals(fragment.getName(0)) && def.equals(fragment.getName(1));
    }

    private static Role role(NodePath fragment) {
        if (fragment.getNameCount() < 2 || !DEFS.equals(fragment.getName(0))) {
            return Role.OTHER;
        }
        String def = fragment.getName(1);
        // Naming convention of asl.schema.json: "<Type>State" per state type, "<language>Restrictions" per QueryLanguage.
        if (def.endsWith("Restrictions")) {
            return Role.QUERY_LANGUAGE;
        }
        return def.endsWith("State") && fragment.getNameCount() == 3 ? Role.STATE_TYPE : Role.OTHER;
    }

    private static List<String> fields(JsonNode objectSchema) {
        List<String> names = new ArrayList<>();
        objectSchema.path("properties").properties().forEach(p -> {
            if (!p.getValue().isBoolean() || p.getValue().booleanValue()) {
                names.add(p.getKey());
            }
        });
        return names;
    }

    private static JsonNode child(JsonNode node, Object element) {
        return element instanceof Integer index ? node.path(index) : node.path(String.valueOf(element));
    }
}
