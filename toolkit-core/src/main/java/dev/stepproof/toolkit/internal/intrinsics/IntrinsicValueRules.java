package dev.stepproof.toolkit.internal.intrinsics;

import dev.stepproof.toolkit.internal.path.SyntaxError;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * Per-function constraints on literal argument values, beyond their types. Arguments that are paths
 * or calls are unknown until run time and pass.
 */
final class IntrinsicValueRules {

    private IntrinsicValueRules() {
    }

    static Optional<SyntaxError> check(IntrinsicCall call) {
        List<IntrinsicArg> args = call.arguments();
        switch (call.function()) {
            case ARRAY_PARTITION: return atLeast(call, 1, BigInteger.ONE, "a positive integer");
            case ARRAY_GET_ITEM: return atLeast(call, 1, BigInteger.ZERO, "a non-negative integer");
            case ARRAY_RANGE: return range(call);
            case HASH: return algorithm(call, args.get(1));
            case JSON_MERGE: return args.get(2) instanceof IntrinsicArg.Bool b && b.value()
                    ? IntrinsicChecker.error("Argument 3 of States.JsonMerge must be false; deep merging is not supported",
                            b.offset())
                    : Optional.empty();
            default: return Optional.empty();
        }
    }

    /**
     * The spec requires as many values as {@code {}} placeholders (escaped braces are not placeholders).
     * Not part of {@link #check}: AWS's own documentation prints a call with three placeholders and two
     * values, so a mismatch may be accepted at creation and only fail at run time.
     */
    static Optional<SyntaxError> placeholders(IntrinsicCall call) {
        for (IntrinsicArg arg : call.arguments()) {
            if (arg instanceof IntrinsicCall nested) {
                Optional<SyntaxError> inner = placeholders(nested);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        if (call.function() != IntrinsicFunction.FORMAT) {
            return Optional.empty();
        }
        if (!(call.arguments().get(0) instanceof IntrinsicArg.Str template)) {
            return Optional.empty();
        }
        int count = countPlaceholders(template.raw());
        int values = call.arguments().size() - 1;
        if (count == values) {
            return Optional.empty();
        }
        return IntrinsicChecker.error("The template of States.Format has " + count + " '{}' placeholder"
                + (count == 1 ? "" : "s") + ", but " + values + (values == 1 ? " value follows" : " values follow"),
                template.offset());
    }

    static int countPlaceholders(String raw) {
        int count = 0;
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (ch == '\\') {
                i++;
            } else if (ch == '{' && i + 1 < raw.length() && raw.charAt(i + 1) == '}') {
                count++;
                i++;
            }
        }
        return count;
    }

    private static Optional<SyntaxError> atLeast(IntrinsicCall call, int index, BigInteger min, String what) {
        IntrinsicArg arg = call.arguments().get(index);
        BigInteger value = IntrinsicChecker.integer(arg);
        if (value != null && value.compareTo(min) < 0) {
            return IntrinsicChecker.error("Argument " + (index + 1) + " of " + call.function().functionName()
                    + " must be " + what + ", but is " + value, arg.offset());
        }
        return Optional.empty();
    }

    private static Optional<SyntaxError> range(IntrinsicCall call) {
        List<IntrinsicArg> args = call.arguments();
        BigInteger step = IntrinsicChecker.integer(args.get(2));
        if (step != null && step.signum() == 0) {
            return IntrinsicChecker.error("Argument 3 of States.ArrayRange (the step) must not be 0", args.get(2).offset());
        }
        BigInteger first = IntrinsicChecker.integer(args.get(0));
        BigInteger last = IntrinsicChecker.integer(args.get(1));
        if (step == null || first == null || last == null) {
            return Optional.empty();
        }
        BigInteger span = last.subtract(first);
        BigInteger items = span.signum() != 0 && span.signum() != step.signum()
                ? BigInteger.ZERO : span.divide(step).add(BigInteger.ONE);
        if (items.compareTo(BigInteger.valueOf(IntrinsicChecker.MAX_RANGE_ITEMS)) > 0) {
            return IntrinsicChecker.error(call.text() + " would produce " + items + " items; at most "
                    + IntrinsicChecker.MAX_RANGE_ITEMS + " are allowed", call.offset());
        }
        return Optional.empty();
    }

    private static Optional<SyntaxError> algorithm(IntrinsicCall call, IntrinsicArg arg) {
        if (arg instanceof IntrinsicArg.Str s && !IntrinsicChecker.HASH_ALGORITHMS.contains(s.value())) {
            return IntrinsicChecker.error("Argument 2 of States.Hash must be one of "
                    + String.join(", ", IntrinsicChecker.HASH_ALGORITHMS) + ", but is '" + s.value() + "'", s.offset());
        }
        return Optional.empty();
    }
}
