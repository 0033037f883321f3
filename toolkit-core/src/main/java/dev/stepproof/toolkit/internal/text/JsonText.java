package dev.stepproof.toolkit.internal.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.UncheckedIOException;

/**
 * Compact JSON text and number text that are the same on every JDK. {@code JsonNode.toString()} and
 * {@code Double.toString} are not: JDK 19 changed {@code Double.toString} to the shortest representation
 * (JDK-4511638), so JDK 17 writes {@code 1e23} as {@code 9.999999999999999E22} and JDK 25 as {@code 1.0E23}.
 * Everything that ends up in an execution's history or in a payload as text goes through here, using
 * Jackson's port of the JDK 19+ algorithm (its fast double writer), so histories match byte for byte on
 * JDK 17 and JDK 25 (docs/decisions.md D29).
 */
public final class JsonText {

    private static final ObjectWriter COMPACT = JsonMapper.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build().writer();

    private JsonText() {
    }

    /** @return {@code node} as compact JSON, as {@code JsonNode.toString()} would write it on JDK 19 and later */
    public static String compact(JsonNode node) {
        try {
            return COMPACT.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            // A tree of in-memory nodes has nothing that can fail to serialise.
            throw new UncheckedIOException(e);
        }
    }

    /** @return {@code value} as {@code Double.toString} writes it on JDK 19 and later */
    public static String number(double value) {
        return NumberOutput.toString(value, true);
    }

    /** @return {@code value} as {@code Float.toString} writes it on JDK 19 and later */
    public static String number(float value) {
        return NumberOutput.toString(value, true);
    }
}
