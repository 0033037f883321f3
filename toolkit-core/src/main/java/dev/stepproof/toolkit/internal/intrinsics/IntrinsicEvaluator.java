package dev.stepproof.toolkit.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.dataflow.EvalContext;
import dev.stepproof.toolkit.internal.dataflow.StatesError;

import java.util.List;
import java.util.Objects;

/**
 * A compiled intrinsic function call, ready to evaluate many times: literals are JSON nodes already, Format
 * templates are split and Hash digests looked up, so evaluation does no parsing, no regular expressions and
 * no reflection. Immutable and thread-safe.
 *
 * <p>Arguments are evaluated left to right, nested calls included, against the {@link EvalContext}: {@code $}
 * is its input, {@code $$} its context object, {@code $name} a variable. The result may share nodes with the
 * input and with the definition: treat it as immutable (copy before mutating).
 *
 * <p>Errors: a path argument that does not resolve is {@code States.Runtime}, as every unresolvable path is on
 * AWS (ASL-SEMANTICS §2.6). A function-level failure (wrong argument type, index out of range, unknown hash
 * algorithm, deep JsonMerge, …) has no AWS recording in the conformance corpus (its one failed intrinsic case is a
 * Fail state's own error), so it gets the name the spec and the documentation give,
 * {@code States.IntrinsicFailure} (§5.2), unless the caller chooses another ({@link #compile(IntrinsicCall, String)},
 * e.g. {@code States.Runtime}, which LocalStack and other emulators use). Both are prefixed with the state.
 */
public final class IntrinsicEvaluator {

    private final Expr root;
    private final String text;

    private IntrinsicEvaluator(Expr root, String text) {
        this.root = root;
        this.text = text;
    }

    /** Compiles with {@code States.IntrinsicFailure} for function-level failures. */
    public static IntrinsicEvaluator compile(IntrinsicCall call) {
        return compile(call, StatesError.INTRINSIC_FAILURE);
    }

    /**
     * @param call         a checked call, from {@link Intrinsics#compile(String)}
     * @param failureError the error name of function-level failures
     */
    public static IntrinsicEvaluator compile(IntrinsicCall call, String failureError) {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(failureError, "failureError");
        return new IntrinsicEvaluator(call(call, failureError), call.text());
    }

    /**
     * @return the call's value, never null
     * @throws StatesError {@code States.Runtime} for an unresolvable path argument, the failure error otherwise
     */
    public JsonNode evaluate(EvalContext ctx) {
        return root.eval(ctx);
    }

    /** @return the call as written */
    public String text() {
        return text;
    }

    private static Expr call(IntrinsicCall call, String failureError) {
        CallSite site = new CallSite(call.text(), failureError);
        List<IntrinsicArg> args = call.arguments();
        Expr[] compiled = new Expr[args.size()];
        for (int i = 0; i < compiled.length; i++) {
            compiled[i] = argument(args.get(i), site, failureError);
        }
        return new CallExpr(implementation(call), compiled, site);
    }

    private static Expr argument(IntrinsicArg arg, CallSite site, String failureError) {
        if (arg instanceof IntrinsicCall nested) {
            return call(nested, failureError);
        }
        if (arg instanceof IntrinsicArg.Path path) {
            return new PathArgExpr(path.path(), site);
        }
        return ConstantExpr.of(arg);
    }

    private static Implementation implementation(IntrinsicCall call) {
        List<IntrinsicArg> args = call.arguments();
        IntrinsicFunction f = call.function();
        if (args.size() < f.minArgs() || args.size() > f.maxArgs()) {
            // Only an unchecked call gets here (Intrinsics.compile rejects it); fail when evaluated, not now.
            String arity = IntrinsicChecker.arity(f, args.size());
            return (values, site, ctx) -> {
                throw site.fail(arity);
            };
        }
        switch (call.function()) {
            case FORMAT: return FormatFunction.compile(args.get(0));
            case STRING_TO_JSON: return JsonFunctions::stringToJson;
            case JSON_TO_STRING: return JsonFunctions::jsonToString;
            case ARRAY: return ArrayFunctions::array;
            case ARRAY_PARTITION: return ArrayFunctions::partition;
            case ARRAY_CONTAINS: return ArrayFunctions::contains;
            case ARRAY_RANGE: return ArrayFunctions::range;
            case ARRAY_GET_ITEM: return ArrayFunctions::getItem;
            case ARRAY_LENGTH: return ArrayFunctions::length;
            case ARRAY_UNIQUE: return ArrayFunctions::unique;
            case BASE64_ENCODE: return EncodingFunctions::encode;
            case BASE64_DECODE: return EncodingFunctions::decode;
            case HASH: return HashFunction.compile(args.get(1));
            case JSON_MERGE: return JsonFunctions::merge;
            case MATH_RANDOM: return MathFunctions::random;
            case MATH_ADD: return MathFunctions::add;
            case STRING_SPLIT: return StringFunctions::split;
            case UUID: return StringFunctions::uuid;
            default: throw new IllegalStateException("No implementation for " + call.function());
        }
    }
}
