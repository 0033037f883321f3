package dev.stepproof.toolkit.internal.intrinsics;

import dev.stepproof.toolkit.internal.path.JsonPathExpr;
import dev.stepproof.toolkit.internal.path.Parsed;
import dev.stepproof.toolkit.internal.path.ReferencePath;
import dev.stepproof.toolkit.internal.path.SyntaxError;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Compiles and checks string values that JSONPath states evaluate: the values of {@code .$} keys in
 * payload templates, and Fail's ErrorPath/CausePath.
 */
public final class PayloadExpressions {

    /** The intrinsics AWS allows in Fail ErrorPath and CausePath: the string-returning subset. */
    public static final Set<IntrinsicFunction> FAIL_PATH_FUNCTIONS = Set.copyOf(EnumSet.of(
            IntrinsicFunction.FORMAT, IntrinsicFunction.JSON_TO_STRING, IntrinsicFunction.ARRAY_GET_ITEM,
            IntrinsicFunction.BASE64_ENCODE, IntrinsicFunction.BASE64_DECODE, IntrinsicFunction.HASH,
            IntrinsicFunction.UUID));

    private static final String NOT_AN_EXPRESSION = "is neither a JSONPath ('$…'), a context path ('$$…'), "
            + "a variable reference ('$name…') nor an intrinsic function call ('States.Name(…)')";
    private static final String NOT_A_FAIL_PATH = "is neither a reference path ('$…', '$$…', '$name…') "
            + "nor an intrinsic function call ('States.Name(…)')";

    private PayloadExpressions() {
    }

    /**
     * @param value the string value of a {@code .$} key
     * @return a path ({@code $…}, {@code $$…}, {@code $name…}) or an intrinsic call; never throws
     */
    public static Parsed<PayloadExpression> compile(String value) {
        if (value != null && value.startsWith("$")) {
            return JsonPathExpr.compile(value).map(PayloadExpression.PathValue::new);
        }
        if (Intrinsics.looksLikeCall(value)) {
            return Intrinsics.compile(value).map(PayloadExpression.Call::new);
        }
        return Parsed.error("The value " + NOT_AN_EXPRESSION, 0);
    }

    /** @return why {@code value} is not a valid {@code .$} value, empty when it is */
    public static Optional<String> check(String value) {
        return message(value, compile(value));
    }

    /**
     * @param value the value of Fail's ErrorPath or CausePath
     * @return a Reference Path, or a call to one of {@link #FAIL_PATH_FUNCTIONS} (arguments may use any
     *         function); never throws
     */
    public static Parsed<PayloadExpression> compileFailPath(String value) {
        if (value != null && value.startsWith("$")) {
            return ReferencePath.compile(value).map(PayloadExpression.PathValue::new);
        }
        if (Intrinsics.looksLikeCall(value)) {
            Parsed<IntrinsicCall> call = Intrinsics.compile(value);
            if (call instanceof Parsed.Ok<IntrinsicCall> ok && !FAIL_PATH_FUNCTIONS.contains(ok.value().function())) {
                return Parsed.error(ok.value().function().functionName() + " cannot be used here; ErrorPath and CausePath "
                        + "allow only States.Format, States.JsonToString, States.ArrayGetItem, States.Base64Encode, "
                        + "States.Base64Decode, States.Hash and States.UUID", 0);
            }
            return call.map(PayloadExpression.Call::new);
        }
        return Parsed.error("The value " + NOT_A_FAIL_PATH, 0);
    }

    /** @return why {@code value} is not a valid ErrorPath/CausePath, empty when it is */
    public static Optional<String> checkFailPath(String value) {
        return message(value, compileFailPath(value));
    }

    private static Optional<String> message(String value, Parsed<PayloadExpression> parsed) {
        return parsed.failure().map(e -> describe(value, e));
    }

    /** @return a one-line message naming the value and what is wrong with it, with the offset */
    static String describe(String value, SyntaxError error) {
        if (value != null && value.startsWith("$")) {
            return "Invalid JSONPath '" + value + "': " + error;
        }
        if (Intrinsics.looksLikeCall(value)) {
            return "Invalid intrinsic function call '" + value + "': " + error;
        }
        return "'" + value + "' " + error.message().substring("The value ".length());
    }
}
