package dev.stepproof.toolkit.internal.intrinsics;

import dev.stepproof.toolkit.internal.path.JsonPathExpr;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An argument of an intrinsic function call: a literal, a path, or a nested call. An evaluator walks
 * these with {@code instanceof} over the sealed set. {@code offset} is where the argument starts in
 * the call text.
 */
public sealed interface IntrinsicArg permits IntrinsicArg.Str, IntrinsicArg.Num, IntrinsicArg.Bool,
        IntrinsicArg.Null, IntrinsicArg.Path, IntrinsicCall {

    int offset();

    /** @return what the argument is known to be before run time */
    ArgType type();

    /**
     * A {@code 'quoted'} string.
     *
     * @param value the string with <code>\'</code>, <code>\{</code>, <code>\}</code> and <code>\\</code> resolved
     * @param raw   the text between the quotes, escapes intact: {@code States.Format} needs it to tell an
     *              escaped {@code \{\}} from a {@code {}} placeholder
     */
    record Str(String value, String raw, int offset) implements IntrinsicArg {
        public Str {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(raw, "raw");
        }

        @Override
        public ArgType type() {
            return ArgType.STRING;
        }
    }

    /** A number literal, kept exact. */
    record Num(BigDecimal value, int offset) implements IntrinsicArg {
        public Num {
            Objects.requireNonNull(value, "value");
        }

        public boolean isIntegral() {
            return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        }

        @Override
        public ArgType type() {
            return isIntegral() ? ArgType.INTEGER : ArgType.NUMBER;
        }
    }

    record Bool(boolean value, int offset) implements IntrinsicArg {
        @Override
        public ArgType type() {
            return ArgType.BOOLEAN;
        }
    }

    record Null(int offset) implements IntrinsicArg {
        @Override
        public ArgType type() {
            return ArgType.NULL;
        }
    }

    /** {@code $…}, {@code $$…} or {@code $name…}, compiled. */
    record Path(JsonPathExpr path, int offset) implements IntrinsicArg {
        public Path {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public ArgType type() {
            return ArgType.ANY;
        }
    }
}
