package dev.stepproof.toolkit.internal.path;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.Iterator;

/**
 * Comparison operators of Jayway filters. Either operand may be null, meaning undefined (a path that
 * did not resolve): undefined equals nothing, and every ordering with it is false.
 */
enum FilterOperator {
    EQ("==") {
        @Override
        boolean test(JsonNode l, JsonNode r) {
            return same(l, r);
        }
    },
    NE("!=") {
        @Override
        boolean test(JsonNode l, JsonNode r) {
            return !same(l, r);
        }
    },
    LT("<") {
        @Override
        boolean test(JsonNode l, JsonNode r) {
            Integer c = order(l, r);
            return c != null && c < 0;
        }
    },
    LE("<=") {
        @Override
        boolean test(JsonNode l, JsonNode r) {
            Integer c = order(l, r);
            return c != null && c <= 0;
        }
    },
    GT(">") {
        @Override
        boolean test(JsonNode l, JsonNode r) {
            Integer c = order(l, r);
            return c != null && c > 0;
        }
    },
    GE(">=") {
        @Override
        boolean test(JsonNode l, JsonNode r) {
            Integer c = order(l, r);
            return c != null && c >= 0;
        }
    },
    /** Evaluated by {@link Filter.Compare} against its compiled pattern. */
    REGEX("=~") {
        @Override
        boolean test(JsonNode l, JsonNode r) {
            return false;
        }
    },
    IN("in") {
        @Override
        boolean test(JsonNode l, JsonNode r) {
            return r != null && r.isArray() && contains(r, l);
        }
    },
    NIN("nin") {
        @Override
        boolean test(JsonNode l, JsonNode r) {
            return !IN.test(l, r);
        }
    },
    CONTAINS("contains") {
        @Override
        boolean test(JsonNode l, JsonNode r) {
            if (l != null && l.isTextual() && r != null && r.isTextual()) {
                return l.textValue().contains(r.textValue());
            }
            return l != null && l.isArray() && contains(l, r);
        }
    },
    SUBSETOF("subsetof") {
        @Override
        boolean test(JsonNode l, JsonNode r) {
            return bothArrays(l, r) && countIn(l, r) == l.size();
        }
    },
    ANYOF("anyof") {
        @Override
        boolean test(JsonNode l, JsonNode r) {
            return bothArrays(l, r) && countIn(l, r) > 0;
        }
    },
    NONEOF("noneof") {
        @Override
        boolean test(JsonNode l, JsonNode r) {
            return bothArrays(l, r) && countIn(l, r) == 0;
        }
    },
    SIZE("size") {
        @Override
        boolean test(JsonNode l, JsonNode r) {
            if (l == null || r == null || !r.isNumber()) {
                return false;
            }
            int size = l.isTextual() ? l.textValue().length() : l.isArray() ? l.size() : -1;
            return size >= 0 && r.decimalValue().compareTo(BigDecimal.valueOf(size)) == 0;
        }
    },
    EMPTY("empty") {
        @Override
        boolean test(JsonNode l, JsonNode r) {
            if (l == null || r == null || !r.isBoolean()) {
                return false;
            }
            boolean empty = l.isTextual() ? l.textValue().isEmpty() : l.isArray() && l.isEmpty();
            return (l.isTextual() || l.isArray()) && empty == r.booleanValue();
        }
    };

    private final String symbol;

    FilterOperator(String symbol) {
        this.symbol = symbol;
    }

    String symbol() {
        return symbol;
    }

    abstract boolean test(JsonNode left, JsonNode right);

    static FilterOperator forWord(String word) {
        for (FilterOperator op : values()) {
            if (op.symbol.equals(word) && Character.isLetter(word.charAt(0))) {
                return op;
            }
        }
        return null;
    }

    /** Numbers compare by value; a number and a numeric string compare as numbers, as in Jayway. */
    static boolean same(JsonNode l, JsonNode r) {
        if (l == null || r == null) {
            return false;
        }
        BigDecimal a = numeric(l, r);
        BigDecimal b = numeric(r, l);
        if (a != null && b != null) {
            return a.compareTo(b) == 0;
        }
        if (l.isNumber() || r.isNumber()) {
            return false;
        }
        return l.equals(r);
    }

    private static BigDecimal numeric(JsonNode node, JsonNode other) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual() && other.isNumber()) {
            try {
                return new BigDecimal(node.textValue());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        return null;
    }

    private static Integer order(JsonNode l, JsonNode r) {
        if (l == null || r == null) {
            return null;
        }
        if (l.isNumber() && r.isNumber()) {
            return l.decimalValue().compareTo(r.decimalValue());
        }
        if (l.isTextual() && r.isTextual()) {
            return l.textValue().compareTo(r.textValue());
        }
        return null;
    }

    private static boolean contains(JsonNode array, JsonNode value) {
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            if (same(it.next(), value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean bothArrays(JsonNode l, JsonNode r) {
        return l != null && r != null && l.isArray() && r.isArray();
    }

    private static int countIn(JsonNode items, JsonNode array) {
        int count = 0;
        for (Iterator<JsonNode> it = items.elements(); it.hasNext(); ) {
            if (contains(array, it.next())) {
                count++;
            }
        }
        return count;
    }
}
