/**
 * Intrinsic functions ({@code States.Format(…)} and the 17 others) for JSONPath states: a parser into
 * an AST of records ({@link dev.stepproof.toolkit.internal.intrinsics.IntrinsicCall},
 * {@link dev.stepproof.toolkit.internal.intrinsics.IntrinsicArg}) that an evaluator walks, and a checker
 * for arities and statically known argument types. {@link
 * dev.stepproof.toolkit.internal.intrinsics.PayloadExpressions} decides what a {@code .$} value (or Fail's
 * ErrorPath/CausePath) is: a path or an intrinsic call. {@link
 * dev.stepproof.toolkit.internal.intrinsics.IntrinsicEvaluator} compiles a checked call once into small
 * expression objects and evaluates it against an {@code EvalContext}, one implementation class per group of
 * functions.
 */
package dev.stepproof.toolkit.internal.intrinsics;
