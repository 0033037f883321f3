package dev.stepproof.toolkit.internal.path;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.regex.Pattern;

/** One side of a filter comparison. */
sealed interface Operand permits Operand.Literal, Operand.PathValue, Operand.Regex {

    /** @return the operand's value at {@code current}, or null when it is undefined (a path that does not resolve) */
    JsonNode value(JsonNode current, JsonNode document);

    /**
     * A constant. {@code bareWord} marks an unquoted word such as {@code FooBar} in
     * {@code @.key == FooBar}: Jayway would reject it, but asl-validator (whose verdicts our conformance
     * corpus records) accepts it, so it compiles and compares as the string it spells.
     */
    record Literal(JsonNode constant, boolean bareWord) implements Operand {
        @Override
        public JsonNode value(JsonNode current, JsonNode document) {
            return constant;
        }
    }

    /** {@code @…} (relative to the filtered item) or {@code $…} (relative to the document). */
    record PathValue(JsonPathExpr path) implements Operand {
        @Override
        public JsonNode value(JsonNode current, JsonNode document) {
            JsonNode start = path.root() == RootKind.CURRENT ? current : document;
            PathResult result = path.evaluateAt(start, document);
            return result instanceof PathResult.Found found ? found.value() : null;
        }
    }

    /** {@code /pattern/flags}, compiled once; only valid on the right of {@code =~}. */
    record Regex(Pattern pattern, String source) implements Operand {
        @Override
        public JsonNode value(JsonNode current, JsonNode document) {
            return null;
        }
    }
}
