package dev.stepproof.toolkit.internal.intrinsics;

import dev.stepproof.toolkit.internal.path.Parsed;
import dev.stepproof.toolkit.internal.path.SyntaxError;

import java.util.Optional;

/** Entry point for intrinsic function calls: parse, then check what is statically knowable. */
public final class Intrinsics {

    private Intrinsics() {
    }

    /**
     * @param text e.g. {@code States.Format('Hello {}', $.name)}
     * @return the checked call, or the first problem with its offset in {@code text}; never throws
     */
    public static Parsed<IntrinsicCall> compile(String text) {
        Parsed<IntrinsicCall> parsed = IntrinsicParser.parse(text);
        if (parsed instanceof Parsed.Ok<IntrinsicCall> ok) {
            return IntrinsicChecker.check(ok.value()).<Parsed<IntrinsicCall>>map(Parsed::error).orElse(parsed);
        }
        return parsed;
    }

    /**
     * A lint rather than a syntax check: whether a {@code States.Format} (here or nested) has a literal
     * template whose {@code {}} placeholders do not match the number of values given. The spec requires
     * them to match; whether AWS rejects a mismatch at creation is unverified.
     *
     * @return the first mismatch, with the template's offset
     */
    public static Optional<SyntaxError> formatPlaceholderMismatch(IntrinsicCall call) {
        return IntrinsicValueRules.placeholders(call);
    }

    /** @return whether {@code text} is meant as an intrinsic call (starts with {@code States.}) */
    public static boolean looksLikeCall(String text) {
        return text != null && text.startsWith("States.");
    }
}
