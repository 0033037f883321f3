package dev.stepproof.toolkit.internal.path;

import com.fasterxml.jackson.databind.JsonNode;

/** A compiled filter condition, the {@code …} of {@code [?(…)]}. */
sealed interface Filter permits Filter.And, Filter.Or, Filter.Not, Filter.Exists, Filter.Compare {

    /**
     * @param current  the node {@code @} refers to
     * @param document the node {@code $} refers to
     */
    boolean test(JsonNode current, JsonNode document);

    record And(Filter left, Filter right) implements Filter {
        @Override
        public boolean test(JsonNode current, JsonNode document) {
            return left.test(current, document) && right.test(current, document);
        }
    }

    record Or(Filter left, Filter right) implements Filter {
        @Override
        public boolean test(JsonNode current, JsonNode document) {
            return left.test(current, document) || right.test(current, document);
        }
    }

    record Not(Filter operand) implements Filter {
        @Override
        public boolean test(JsonNode current, JsonNode document) {
            return !operand.test(current, document);
        }
    }

    /**
     * {@code [?(@.x)]}: the path resolves, even to {@code null} or {@code false} (Jayway tests presence,
     * not truthiness); an indefinite path must match at least once.
     */
    record Exists(Operand.PathValue path) implements Filter {
        @Override
        public boolean test(JsonNode current, JsonNode document) {
            JsonNode value = path.value(current, document);
            if (value == null) {
                return false;
            }
            return path.path().isDefinite() || !value.isEmpty();
        }
    }

    record Compare(Operand left, FilterOperator operator, Operand right) implements Filter {
        @Override
        public boolean test(JsonNode current, JsonNode document) {
            if (right instanceof Operand.Regex regex) {
                JsonNode value = left.value(current, document);
                return value != null && value.isTextual() && regex.pattern().matcher(value.textValue()).matches();
            }
            return operator.test(left.value(current, document), right.value(current, document));
        }
    }
}
