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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The official SARIF 2.1.0 JSON Schema (OASIS errata 01, draft-04), found where it is provided: the test
 * classpath ({@value #RESOURCE}), the system property {@code stepproof.sarif.schema}, or
 * {@code <shared>/schemas/sarif-schema-2.1.0.json} beside the conformance corpus. StepProof does not commit the
 * schema itself (it is a third-party file); when none is present the validating test is skipped with a message.
 */
final class SarifSchema {

    static final String RESOURCE = "/dev/stepproof/toolkit/audit/sarif-schema-2.1.0.json";
    static final String PROPERTY = "stepproof.sarif.schema";

    private final Schema schema;

    private SarifSchema(JsonNode raw) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
        this.schema = registry.getSchema(SchemaLocation.of(raw.path("id").asText("urn:sarif-2.1.0")), raw);
        this.schema.initializeValidators();
    }

    /** @return the places searched, for the skip message */
    static List<String> places() {
        List<String> places = new ArrayList<>(List.of("classpath:" + RESOURCE, "-D" + PROPERTY + "=<file>"));
        shared().ifPresent(p -> places.add(p.toString()));
        return places;
    }

    /** @return the schema, if one of the places has it */
    static Optional<SarifSchema> find() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        try (InputStream in = SarifSchema.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                return Optional.of(new SarifSchema(mapper.readTree(in)));
            }
        }
        String property = System.getProperty(PROPERTY);
        if (property != null && Files.exists(Path.of(property))) {
            return Optional.of(new SarifSchema(mapper.readTree(Path.of(property).toFile())));
        }
        Optional<Path> shared = shared().filter(Files::exists);
        if (shared.isPresent()) {
            return Optional.of(new SarifSchema(mapper.readTree(shared.get().toFile())));
        }
        return Optional.empty();
    }

    private static Optional<Path> shared() {
        String conformance = System.getProperty("stepproof.conformance.dir");
        return conformance == null ? Optional.empty()
                : Optional.of(Path.of(conformance).toAbsolutePath().normalize().resolveSibling("schemas").resolve("sarif-schema-2.1.0.json"));
    }

    /** @return the schema violations of {@code log}, as text; empty when it is valid */
    List<String> validate(JsonNode log) {
        return schema.validate(log).stream().map(Error::toString).toList();
    }
}
