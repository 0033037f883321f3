package dev.stepproof.toolkit.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.Severity;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns one networknt validation error into one house-style {@link Diagnostic}: a {@link SchemaProblem} code,
 * the pointer of the offending node, and a message naming the state and the field.
 */
final class SchemaErrorTranslator {

    /** Definitions of asl.schema.json whose failures get their own code rather than a generic one. */
    private static final String RFC3339_DEF = "rfc3339Timestamp";
    private static final String STATE_DEF = "state";

    private final SchemaAnnotations annotations;

    SchemaErrorTranslator(SchemaAnnotations annotations) {
        this.annotations = annotations;
    }

    Diagnostic translate(LocatedDocument document, Error error) {
        String pointer = pointerOf(error.getInstanceLocation());
        NodePath rule = error.getSchemaLocation().getFragment();
        JsonNode value = document.root().at(pointer);
        AslLocation at = AslLocation.of(document.root(), pointer);
        return switch (error.getKeyword()) {
            case "required" -> missingField(document, pointer, error.getProperty(), rule);
            case "additionalProperties" -> notAllowed(document, pointer, error.getProperty(), rule, true);
            // A property schema of `false`: the field is known, but this state's QueryLanguage forbids it.
            case "false" -> notAllowed(document, JsonPointers.parent(pointer), JsonPointers.last(pointer), rule, false);
            case "type" -> diagnostic(document, SchemaProblem.WRONG_TYPE, pointer,
                    SchemaMessages.wrongType(at, value, expectedType(error, rule)));
            case "pattern", "format" -> mismatch(document, pointer, at, value, error, rule);
            case "enum" -> notInEnum(document, pointer, at, value, error.getSchemaNode(), rule);
            case "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum" ->
                    outOfRange(document, pointer, at, value, error);
            case "minItems" -> diagnostic(document, SchemaProblem.EMPTY_ARRAY, pointer, SchemaMessages.emptyArray(at));
            default -> diagnostic(document, SchemaProblem.OTHER, pointer, SchemaMessages.other(at, error.getMessage()));
        };
    }

    private Diagnostic missingField(LocatedDocument document, String object, String field, NodePath rule) {
        AslLocation at = AslLocation.of(document.root(), object);
        return diagnostic(document, SchemaProblem.MISSING_FIELD, object,
                SchemaMessages.missingField(at, field, annotations.owner(rule).title()));
    }

    private Diagnostic notAllowed(LocatedDocument document, String object, String field, NodePath rule,
                                  boolean unknownName) {
        SchemaAnnotations.Owner owner = annotations.owner(rule);
        Optional<String> meant = unknownName ? NearMiss.among(field, owner.fields()) : Optional.empty();
        AslLocation at = AslLocation.of(document.root(), object);
        return diagnostic(document, SchemaProblem.FIELD_NOT_ALLOWED, LocatedDocument.child(object, field),
                SchemaMessages.fieldNotAllowed(at, field, owner, meant));
    }

    private Diagnostic notInEnum(LocatedDocument document, String pointer, AslLocation at, JsonNode value,
                                 JsonNode options, NodePath rule) {
        List<String> allowed = new ArrayList<>();
        options.forEach(option -> allowed.add(option.asText()));
        Optional<String> meant = value.isTextual() ? NearMiss.among(value.asText(), allowed) : Optional.empty();
        if (SchemaAnnotations.isIn(rule, STATE_DEF)) {
            return diagnostic(document, SchemaProblem.UNKNOWN_STATE_TYPE, pointer,
                    SchemaMessages.unknownStateType(at, value, allowed, meant));
        }
        return diagnostic(document, SchemaProblem.NOT_IN_ENUM, pointer,
                SchemaMessages.notInEnum(at, value, allowed, meant));
    }

    private Diagnostic mismatch(LocatedDocument document, String pointer, AslLocation at, JsonNode value,
                                Error error, NodePath rule) {
        if (SchemaAnnotations.isIn(rule, RFC3339_DEF)) {
            return diagnostic(document, SchemaProblem.NOT_RFC3339, pointer, SchemaMessages.notRfc3339(at, value));
        }
        // Every other pattern marks the JSONata string that a number-or-expression field accepts instead.
        return diagnostic(document, SchemaProblem.WRONG_TYPE, pointer,
                SchemaMessages.notAnExpression(at, value, expectedType(error, rule)));
    }

    private static Diagnostic outOfRange(LocatedDocument document, String pointer, AslLocation at, JsonNode value,
                                         Error error) {
        String keyword = error.getKeyword();
        String limit = error.getSchemaNode().toString();
        boolean exclusive = keyword.startsWith("exclusive");
        SchemaMessages.Text text = keyword.toLowerCase(Locale.ROOT).endsWith("minimum")
                ? SchemaMessages.belowMinimum(at, value, limit, exclusive)
                : SchemaMessages.aboveMaximum(at, value, limit, exclusive);
        return diagnostic(document, SchemaProblem.OUT_OF_RANGE, pointer, text);
    }

    /** The schema's own wording when it has one, otherwise the JSON types it lists ("a string or null"). */
    private String expectedType(Error error, NodePath rule) {
        JsonNode types = error.getKeyword().equals("type") ? error.getSchemaNode() : null;
        Optional<String> title = annotations.ownTitle(rule);
        if (title.isPresent() && (types == null || !types.asText().equals("object"))) {
            return title.get();
        }
        if (types == null) {
            return "a JSONata expression";
        }
        List<String> names = new ArrayList<>();
        if (types.isArray()) {
            types.forEach(t -> names.add(article(t.asText())));
        } else {
            names.add(article(types.asText()));
        }
        return String.join(" or ", names);
    }

    private static String article(String jsonType) {
        return switch (jsonType) {
            case "null" -> "null";
            case "integer", "object", "array" -> "an " + jsonType;
            default -> "a " + jsonType;
        };
    }

    private static Diagnostic diagnostic(LocatedDocument document, SchemaProblem problem, String pointer,
                                         SchemaMessages.Text text) {
        return document.diagnostic(problem.code(), Severity.ERROR, pointer, text.message(), text.hint());
    }

    private static String pointerOf(NodePath path) {
        String pointer = "";
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer = element instanceof Integer index
                    ? LocatedDocument.child(pointer, index)
                    : LocatedDocument.child(pointer, String.valueOf(element));
        }
        return pointer;
    }
}
