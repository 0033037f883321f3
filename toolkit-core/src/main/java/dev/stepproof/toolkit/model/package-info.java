/**
 * The Amazon States Language as immutable Java values: a {@link dev.stepproof.toolkit.model.StateMachine}
 * of {@link dev.stepproof.toolkit.model.State}s, in both query languages (JSONPath and JSONata).
 *
 * <p>Conventions shared by every type in this package:
 * <ul>
 *   <li><b>Absent versus JSON null.</b> A {@link com.fasterxml.jackson.databind.JsonNode} component is
 *       Java {@code null} when the field is absent from the definition, and a
 *       {@link com.fasterxml.jackson.databind.node.NullNode} when the definition says {@code null}
 *       (for example {@code "Result": null} on a Pass state). Plain {@code String}, {@code Integer} and
 *       {@code Double} components are {@code null} when absent. {@code InputPath}, {@code OutputPath} and
 *       {@code ResultPath}, where ASL gives {@code null} its own meaning, use {@link dev.stepproof.toolkit.model.PathField}.</li>
 *   <li><b>Collections</b> are never null (absent means empty), are copied on construction and are
 *       unmodifiable; maps keep the definition's order.</li>
 *   <li><b>JSON values</b> (payload templates, JSONata-capable values, Choice operands) are deep-copied on
 *       construction, so the model never shares nodes with the parsed document. Accessors return that copy
 *       without copying again: callers must treat it as read-only and never mutate it.</li>
 *   <li><b>Numbers that JSONata may compute</b> ({@code TimeoutSeconds}, {@code Seconds}, {@code MaxConcurrency}, ...)
 *       are {@link dev.stepproof.toolkit.model.NumberOrExpression}.</li>
 *   <li><b>Pointers</b> are RFC 6901 JSON Pointers into the source definition, for diagnostics.</li>
 * </ul>
 *
 * <p>The model mirrors the definition faithfully, including combinations AWS rejects (both {@code Next} and
 * {@code End}, both {@code ItemProcessor} and {@code Iterator}); rejecting them is the validator's job.
 *
 * @since 0.1.0
 */
package dev.stepproof.toolkit.model;
