/**
 * JSONPath for JSONPath-mode states: compiled once into small step objects ({@link
 * dev.stepproof.toolkit.internal.path.JsonPathExpr}), evaluated with Jayway semantics as AWS uses them,
 * including Jayway's failure texts, which AWS quotes in {@code States.Runtime} causes. Reference Paths
 * ({@link dev.stepproof.toolkit.internal.path.ReferencePath}) add the single-node restriction and
 * writing through a path. Compilers return {@link dev.stepproof.toolkit.internal.path.Parsed} values
 * and never throw on bad input.
 */
package dev.stepproof.toolkit.internal.path;
