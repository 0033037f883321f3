package dev.stepproof.toolkit.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Typed access to evaluated arguments. A value of the wrong type is a function-level failure naming the
 * argument and what it was; numbers that must be integers may be written as {@code 2} or {@code 2.0}.
 */
final class Args {

    private Args() {
    }

    static String string(JsonNode[] args, int index, CallSite site) {
        JsonNode value = args[index];
        if (!value.isTextual()) {
            throw site.fail(mismatch(index, "a string", value));
        }
        return value.textValue();
    }

    static JsonNode array(JsonNode[] args, int index, CallSite site) {
        JsonNode value = args[index];
        if (!value.isArray()) {
            throw site.fail(mismatch(index, "an array", value));
        }
        return value;
    }

    static JsonNode object(JsonNode[] args, int index, CallSite site) {
        JsonNode value = args[index];
        if (!value.isObject()) {
            throw site.fail(mismatch(index, "an object", value));
        }
        return value;
    }

    static boolean bool(JsonNode[] args, int index, CallSite site) {
        JsonNode value = args[index];
        if (!value.isBoolean()) {
            throw site.fail(mismatch(index, "a boolean", value));
        }
        return value.booleanValue();
    }

    static JsonNode number(JsonNode[] args, int index, CallSite site) {
        JsonNode value = args[index];
        if (!value.isNumber()) {
            throw site.fail(mismatch(index, "a number", value));
        }
        return value;
    }

    /** @return the integer value; it must fit in a long */
    static long integer(JsonNode[] args, int index, CallSite site) {
        JsonNode value = args[index];
        if (!value.isNumber() || !isIntegral(value) || !fitsLong(value)) {
            throw site.fail(mismatch(index, "an integer", value));
        }
        return value.longValue();
    }

    /** @return Java's {@code Math.round} of the number (half toward positive infinity) */
    static long rounded(JsonNode[] args, int index, CallSite site) {
        JsonNode value = number(args, index, site);
        if (value.isIntegralNumber()) {
            if (!fitsLong(value)) {
                throw site.fail("Argument " + (index + 1) + " is out of range: " + value);
            }
            return value.longValue();
        }
        double d = value.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d) || Math.abs(d) >= 0x1p63) {
            throw site.fail("Argument " + (index + 1) + " is out of range: " + value);
        }
        return Math.round(d);
    }

    private static boolean isIntegral(JsonNode value) {
        return value.isIntegralNumber() || value.canConvertToExactIntegral();
    }

    private static boolean fitsLong(JsonNode value) {
        return value.isIntegralNumber() ? value.canConvertToLong() : value.canConvertToLong() && value.canConvertToExactIntegral();
    }

    static String mismatch(int index, String expected, JsonNode actual) {
        return "Argument " + (index + 1) + " must be " + expected + ", but is " + describe(actual);
    }

    /** @return e.g. {@code the string "abc"}, {@code the number 1.5}, {@code null}, {@code an object} */
    static String describe(JsonNode value) {
        switch (value.getNodeType()) {
            case STRING: return "the string " + value;
            case NUMBER: return "the number " + value;
            case BOOLEAN: return "the boolean " + value;
            case NULL: return "null";
            case ARRAY: return "an array";
            case OBJECT: return "an object";
            default: return value.toString();
        }
    }
}
