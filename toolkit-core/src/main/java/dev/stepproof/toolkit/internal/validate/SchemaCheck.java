package dev.stepproof.toolkit.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionConfig;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Layer (a) of the definition validator: checks the structure of a state machine against the ASL JSON Schema
 * ({@value #SCHEMA_RESOURCE}) and reports each failure as one {@link SchemaProblem} diagnostic.
 *
 * <p>The schema covers which fields each state type (and each nested object: Retry and Catch entries, Choice
 * rules, branches, item processors, ItemReader, ...) may have, their JSON types, enums, numeric ranges,
 * non-empty arrays and the RFC3339 format of a literal Wait Timestamp, in both query languages. It leaves to the
 * semantic checks everything that needs more than one field or the effective query language: X versus XPath,
 * Next versus End, transition targets, state names, path and {@code .$} syntax, {@code States.ALL} placement,
 * and JSONPath-only or JSONata-only fields in a state that inherits its QueryLanguage.
 *
 * <p>Instances are immutable and thread-safe; create one and reuse it, since loading the schema is the costly part.
 *
 * @since 0.1.0
 */
public final class SchemaCheck {

    /** Classpath location of the ASL JSON Schema (draft 2020-12). */
    public static final String SCHEMA_RESOURCE = "/dev/stepproof/toolkit/schema/asl.schema.json";

    // Format assertions are off by default in draft 2020-12; the Wait Timestamp check relies on "date-time".
    private static final ExecutionConfig EXECUTION = ExecutionConfig.builder()
            .formatAssertionsEnabled(true)
            .locale(Locale.ENGLISH)
            .build();

    private final Schema schema;
    private final SchemaErrorTranslator translator;

    /** Loads and compiles the schema. */
    public SchemaCheck() {
        JsonNode raw = readSchema();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        this.schema = registry.getSchema(SchemaLocation.of(raw.path("$id").asText()), raw);
        this.schema.initializeValidators();
        this.translator = new SchemaErrorTranslator(new SchemaAnnotations(raw));
    }

    /**
     * Validates the structure of one definition.
     *
     * @param document the parsed definition, never null
     * @return the schema errors in document order, one per problem and place; empty when the structure is
     *         valid; never null
     */
    public List<Diagnostic> check(LocatedDocument document) {
        List<Error> errors = schema.validate(document.root(), context -> context.setExecutionConfig(EXECUTION));
        Map<String, Diagnostic> unique = new LinkedHashMap<>();
        for (Error error : errors) {
            Diagnostic diagnostic = translator.translate(document, error);
            unique.putIfAbsent(identity(diagnostic), diagnostic);
        }
        List<Diagnostic> sorted = new ArrayList<>(unique.values());
        sorted.sort(Comparator.comparing(Diagnostic::pointer, JsonPointers.documentOrder(document.root())));
        return List.copyOf(sorted);
    }

    /**
     * One problem per kind and node: a field can fail two rules that mean the same thing (a timestamp's pattern
     * and its date-time format; a state type's field list and its QueryLanguage's). Missing fields all point at
     * the same object, so for them the message (which names the field) tells them apart.
     */
    private static String identity(Diagnostic diagnostic) {
        String key = diagnostic.code() + '\n' + diagnostic.pointer();
        return diagnostic.code().equals(SchemaProblem.MISSING_FIELD.code()) ? key + '\n' + diagnostic.message() : key;
    }

    private static JsonNode readSchema() {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("ASL schema missing from the classpath: " + SCHEMA_RESOURCE);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the ASL schema " + SCHEMA_RESOURCE, e);
        }
    }
}
