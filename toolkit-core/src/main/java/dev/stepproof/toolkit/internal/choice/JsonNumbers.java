package dev.stepproof.toolkit.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Compares JSON numbers by value, whatever node class Jackson chose ({@code 0 == 0.0}, {@code 1 == 1.0}), and
 * exactly: longs beyond 2^53 are never rounded through {@code double}.
 */
final class JsonNumbers {

    /** Every long of at most this magnitude converts to double exactly. */
    private static final long EXACT_DOUBLE_LIMIT = 1L << 53;

    private JsonNumbers() {
    }

    /**
     * @param a a numeric node
     * @param b a numeric node
     * @return the sign of {@code a - b}
     */
    static int compare(JsonNode a, JsonNode b) {
        boolean aLong = a.isInt() || a.isLong() || a.isShort();
        boolean bLong = b.isInt() || b.isLong() || b.isShort();
        if (aLong && bLong) {
            return Long.compare(a.longValue(), b.longValue());
        }
        boolean aDouble = a.isDouble() || a.isFloat();
        boolean bDouble = b.isDouble() || b.isFloat();
        if (aDouble && bDouble) {
            return compareDoubles(a.doubleValue(), b.doubleValue());
        }
        // The common mixed case (0 vs 0.0): a long of at most 2^53 is an exact double.
        if (aLong && bDouble && Math.abs(a.longValue()) <= EXACT_DOUBLE_LIMIT) {
            return compareDoubles(a.longValue(), b.doubleValue());
        }
        if (aDouble && bLong && Math.abs(b.longValue()) <= EXACT_DOUBLE_LIMIT) {
            return compareDoubles(a.doubleValue(), b.longValue());
        }
        // BigDecimal has no infinities; an infinite double (only lenient parsers make one) is beyond every number.
        if (aDouble && Double.isInfinite(a.doubleValue())) {
            return a.doubleValue() > 0 ? 1 : -1;
        }
        if (bDouble && Double.isInfinite(b.doubleValue())) {
            return b.doubleValue() > 0 ? -1 : 1;
        }
        // BigInteger, BigDecimal and large longs: decimalValue() of a double is its shortest decimal spelling,
        // so 0.1 (double) equals 0.1 (BigDecimal), as the JSON text reads.
        return Integer.signum(a.decimalValue().compareTo(b.decimalValue()));
    }

    /** Numeric comparison in which -0.0 equals 0.0 (Double.compare would order them). */
    private static int compareDoubles(double x, double y) {
        return x < y ? -1 : (x > y ? 1 : 0);
    }
}
