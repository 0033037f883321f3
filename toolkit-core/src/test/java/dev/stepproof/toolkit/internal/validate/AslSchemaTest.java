package dev.stepproof.toolkit.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema file itself: valid draft 2020-12, and annotated the way the messages rely on. */
class AslSchemaTest {

    @Test
    void is_a_valid_draft_2020_12_schema() throws IOException {
        // GIVEN
        JsonNode asl = readSchema();
        Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        // WHEN
        var errors = metaSchema.validate(asl);

        // THEN
        assertThat(errors).isEmpty();
    }

    @Test
    void gives_every_closed_object_schema_a_title_to_name_it_in_messages() throws IOException {
        // GIVEN
        JsonNode asl = readSchema();
        List<String> untitled = new ArrayList<>();

        // WHEN
        collectUntitled(asl, "#", untitled);

        // THEN
        assertThat(untitled).isEmpty();
    }

    private static void collectUntitled(JsonNode node, String location, List<String> untitled) {
        if (node.isObject()) {
            boolean closed = node.has("additionalProperties") && node.get("additionalProperties").isBoolean()
                    && !node.get("additionalProperties").booleanValue();
            boolean requires = node.has("required") && !location.contains("/if");
            if ((closed || requires) && !node.hasNonNull("title") && !location.endsWith("/then")) {
                untitled.add(location);
            }
            node.properties().forEach(p -> collectUntitled(p.getValue(), location + "/" + p.getKey(), untitled));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectUntitled(node.get(i), location + "/" + i, untitled);
            }
        }
    }

    private static JsonNode readSchema() throws IOException {
        try (InputStream in = AslSchemaTest.class.getResourceAsStream(SchemaCheck.SCHEMA_RESOURCE)) {
            return new ObjectMapper().readTree(in);
        }
    }
}
