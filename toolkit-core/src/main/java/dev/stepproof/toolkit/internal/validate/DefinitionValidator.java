package dev.stepproof.toolkit.internal.validate;

import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Both validator layers in order: the JSON Schema (structure, types, ranges) and the semantic checks.
 * Immutable and thread-safe, so one instance serves every read.
 */
public final class DefinitionValidator {

    /** Loading and compiling the schema costs milliseconds; do it once per JVM, on first use. */
    private static final class Holder {
        static final DefinitionValidator STANDARD = new DefinitionValidator(new SchemaCheck(),
                new SemanticCheck(new DefaultExpressionChecker(), Integrations.standard()));
    }

    private final SchemaCheck schema;
    private final SemanticCheck semantic;

    DefinitionValidator(SchemaCheck schema, SemanticCheck semantic) {
        this.schema = schema;
        this.semantic = semantic;
    }

    public static DefinitionValidator standard() {
        return Holder.STANDARD;
    }

    /** @return schema diagnostics then semantic ones, each sorted by position in the file */
    public List<Diagnostic> validate(LocatedDocument doc, boolean express) {
        List<Diagnostic> out = new ArrayList<>();
        if (doc.root().isObject()) {
            out.addAll(schema.check(doc));
        }
        out.addAll(semantic.check(doc, express));
        out.sort(Comparator.comparingInt((Diagnostic d) -> d.position().line())
                .thenComparingInt(d -> d.position().column()));
        return dedupe(out);
    }

    /** The two layers can see the same fault (e.g. a missing field): keep one diagnostic per pointer and code. */
    private static List<Diagnostic> dedupe(List<Diagnostic> in) {
        List<Diagnostic> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Diagnostic d : in) {
            if (seen.add(d.code() + ' ' + d.pointer() + ' ' + d.message())) {
                out.add(d);
            }
        }
        return out;
    }
}
