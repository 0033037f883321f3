package dev.stepproof.toolkit.internal.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Utils;

import java.util.List;

/**
 * Arguments of {@link AwsFunctions} as the engine passes them ({@code null} for undefined,
 * {@link Jsonata#NULL_VALUE} for JSON null), checked the way JSONata's own signatures check them, so that a
 * wrong argument fails with {@code T0410} like a built-in function's.
 */
final class FunctionArgs {
    private FunctionArgs() {
    }

    static boolean present(Object value) {
        return value != null && value != Jsonata.NULL_VALUE;
    }

    /** An array argument; a single value counts as an array of one, as JSONata's {@code a} signature has it. */
    static List<?> array(List<?> args, int index, String function) {
        Object value = args.size() > index ? args.get(index) : null;
        if (value == null) {
            return null;
        }
        if (value == Jsonata.NULL_VALUE) {
            throw mismatch(index, function);
        }
        return value instanceof List ? (List<?>) value : List.of(value);
    }

    static long whole(List<?> args, int index, String function) {
        double d = numberArg(args, index, function);
        if (d != Math.rint(d)) {
            throw mismatch(index, function);
        }
        return (long) d;
    }

    static double numberArg(List<?> args, int index, String function) {
        Object value = args.size() > index ? args.get(index) : null;
        if (!(value instanceof Number) || !Utils.isNumeric(value)) {
            throw mismatch(index, function);
        }
        return ((Number) value).doubleValue();
    }

    static String string(List<?> args, int index, String function, boolean optional) {
        Object value = args.size() > index ? args.get(index) : null;
        if (value == null && optional) {
            return null;
        }
        if (!(value instanceof String)) {
            throw mismatch(index, function);
        }
        return (String) value;
    }

    /** JSONata's own error for an argument of the wrong type, so the cause reads as for built-in functions. */
    static JException mismatch(int index, String function) {
        return new JException("T0410", -1, index + 1, function);
    }

    /** A failure of one of these functions that JSONata has no code for. */
    static final class FunctionError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FunctionError(String message) {
            super(message, null, false, false);
        }
    }
}
