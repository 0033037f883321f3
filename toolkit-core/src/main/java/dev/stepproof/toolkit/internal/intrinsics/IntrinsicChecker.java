package dev.stepproof.toolkit.internal.intrinsics;

import dev.stepproof.toolkit.internal.path.SyntaxError;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * Checks what can be known before run time: argument counts, and the types and values of literal
 * arguments and of nested calls' results (e.g. {@code States.MathAdd('a', 1)} is wrong whatever the
 * input).
 */
final class IntrinsicChecker {

    static final List<String> HASH_ALGORITHMS = List.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");
    /** AWS's documented limit on the size of an {@code States.ArrayRange} result. */
    static final int MAX_RANGE_ITEMS = 1000;

    private IntrinsicChecker() {
    }

    static Optional<SyntaxError> check(IntrinsicCall call) {
        IntrinsicFunction f = call.function();
        List<IntrinsicArg> args = call.arguments();
        if (args.size() < f.minArgs() || args.size() > f.maxArgs()) {
            return error(arity(f, args.size()), call.offset());
        }
        for (int i = 0; i < args.size(); i++) {
            IntrinsicArg arg = args.get(i);
            if (arg instanceof IntrinsicCall nested) {
                Optional<SyntaxError> inner = check(nested);
                if (inner.isPresent()) {
                    return inner;
                }
            }
            ArgType expected = f.parameter(i);
            if (!expected.accepts(arg.type())) {
                return error("Argument " + (i + 1) + " of " + f.functionName() + " must be " + expected.description()
                        + ", but is " + describe(arg), arg.offset());
            }
        }
        return IntrinsicValueRules.check(call);
    }

    static String arity(IntrinsicFunction f, int given) {
        String expected;
        if (f.maxArgs() == 0) {
            expected = "no arguments";
        } else if (f.maxArgs() == Integer.MAX_VALUE) {
            expected = "at least " + plural(f.minArgs(), "argument");
        } else if (f.minArgs() == f.maxArgs()) {
            expected = plural(f.minArgs(), "argument");
        } else {
            expected = f.minArgs() + " or " + f.maxArgs() + " arguments";
        }
        return f.functionName() + " takes " + expected + ", but " + given + (given == 1 ? " was" : " were") + " given";
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String describe(IntrinsicArg arg) {
        if (arg instanceof IntrinsicArg.Str s) {
            return "the string '" + s.raw() + "'";
        }
        if (arg instanceof IntrinsicArg.Num n) {
            return "the number " + n.value().toPlainString();
        }
        if (arg instanceof IntrinsicArg.Bool b) {
            return "the boolean " + b.value();
        }
        if (arg instanceof IntrinsicCall c) {
            return "the result of " + c.function().functionName() + ", which is " + c.type().description();
        }
        return arg instanceof IntrinsicArg.Null ? "null" : "a path";
    }

    static Optional<SyntaxError> error(String message, int offset) {
        return Optional.of(new SyntaxError(message, offset));
    }

    static BigInteger integer(IntrinsicArg arg) {
        return arg instanceof IntrinsicArg.Num n && n.isIntegral() ? n.value().toBigIntegerExact() : null;
    }
}
