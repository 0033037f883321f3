/**
 * JSONata for JSONata states (ASL-SEMANTICS §3): templates ({@code "{% expression %}"}) recognised by their
 * delimiters and compiled once with jsonata-java, so that syntax errors surface at validation time with
 * JSONata's error code and position; and their evaluation for the interpreter: {@link
 * dev.stepproof.toolkit.internal.jsonata.JsonataValue} (a JSON value with templates inside) and {@link
 * dev.stepproof.toolkit.internal.jsonata.JsonataExpression} (one template) read a {@link
 * dev.stepproof.toolkit.internal.jsonata.JsonataScope} and fail with {@link
 * dev.stepproof.toolkit.internal.jsonata.JsonataError}, AWS's {@code States.QueryEvaluationError}.
 */
package dev.stepproof.toolkit.internal.jsonata;
