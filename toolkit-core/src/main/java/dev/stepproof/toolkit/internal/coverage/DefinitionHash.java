package dev.stepproof.toolkit.internal.coverage;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepproof.toolkit.model.Condition;
import dev.stepproof.toolkit.model.State;
import dev.stepproof.toolkit.model.StateMachine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * SHA-256 of a state machine's canonical JSON: the parsed model rendered as JSON with every object's keys sorted
 * and no whitespace. Hashing the model rather than the file means formatting, key order, comments in YAML or
 * JSON-versus-YAML do not change a machine's identity, while any change of meaning does.
 */
public final class DefinitionHash {

    /** Record components become fields; the record class becomes {@code "@type"} so a Pass and a Succeed with the same fields differ. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, include = JsonTypeInfo.As.PROPERTY, property = "@type")
    private interface TypeTagged {
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .addMixIn(State.class, TypeTagged.class)
            .addMixIn(Condition.class, TypeTagged.class)
            .build();

    private DefinitionHash() {
    }

    /** @return 64 lowercase hex digits */
    public static String of(StateMachine machine) {
        return sha256(canonicalJson(machine));
    }

    /** @return the canonical JSON text that {@link #of} hashes */
    public static String canonicalJson(StateMachine machine) {
        return sorted(MAPPER.valueToTree(machine)).toString();
    }

    /** Payload templates inside the model are JSON trees in definition order; sort them too. */
    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            TreeMap<String, JsonNode> fields = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                fields.put(field.getKey(), sorted(field.getValue()));
            }
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            fields.forEach(copy::set);
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform must support SHA-256", e);
        }
    }
}
