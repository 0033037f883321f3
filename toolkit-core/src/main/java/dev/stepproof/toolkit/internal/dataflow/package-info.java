/**
 * The JSONPath-mode data flow of a state (ASL-SEMANTICS §2): {@link
 * dev.stepproof.toolkit.internal.dataflow.InputOutputPath} (InputPath, OutputPath), {@link
 * dev.stepproof.toolkit.internal.dataflow.PayloadTemplate} (Parameters, ResultSelector, ItemSelector, Assign,
 * Credentials), {@link dev.stepproof.toolkit.internal.dataflow.ResultPathMerge} (ResultPath), {@link
 * dev.stepproof.toolkit.internal.dataflow.ReferenceValue} (single-value {@code *Path} fields), bundled per state by
 * {@link dev.stepproof.toolkit.internal.dataflow.JsonPathDataFlow}. Failures are {@link
 * dev.stepproof.toolkit.internal.dataflow.StatesError}s with AWS's error names and cause texts ({@link
 * dev.stepproof.toolkit.internal.dataflow.Causes}).
 *
 * <p>This is the interpreter's hot path. Everything is compiled once per definition; evaluation does no
 * parsing, no regular expressions and no reflection, and serialises JSON only to build a failure's cause.
 *
 * <h2>Returned nodes are immutable by contract</h2>
 * Jackson nodes are mutable objects, but nothing here copies them: a template's literal parts are handed out
 * again on every evaluation, a path's result is the very node inside the input, and a ResultPath merge copies
 * only the objects along the path and shares the rest with the raw input and the result. In exchange, <b>no
 * caller may mutate a node it received from this package, nor one it passed in</b>. A caller that needs to
 * mutate (a task handler, a user callback) deep-copies first ({@code JsonNode.deepCopy()}). Parallel branches
 * may share one effective input for the same reason.
 */
package dev.stepproof.toolkit.internal.dataflow;
