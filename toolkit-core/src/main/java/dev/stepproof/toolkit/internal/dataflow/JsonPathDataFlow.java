package dev.stepproof.toolkit.internal.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.model.PathField;

/**
 * The JSONPath data flow of one state, compiled once (ASL-SEMANTICS §2.1):
 *
 * <pre>
 * raw input ─ InputPath ─ Parameters ─▶ effective input        {@link #effectiveInput}
 * result ─ ResultSelector ─▶ effective result                  {@link #effectiveResult}
 * raw input + effective result ─ ResultPath ─ OutputPath ─▶ output   {@link #effectiveOutput}
 * </pre>
 *
 * The interpreter runs the state's work between the first two steps and JSONPath {@code Assign} between the
 * second and third (after the result exists, before ResultSelector: evaluate it with {@link PayloadTemplate}).
 * A Pass state has no ResultSelector and its {@code Result}, when present, replaces the effective input as the
 * result. Choice, Wait and Succeed apply {@link #effectiveInput} and then {@link #selectOutput} to that same
 * effective input. A caught error goes through the catcher's own {@link ResultPathMerge} only, with no
 * ResultSelector and no OutputPath.
 *
 * <p>Immutable and thread-safe. Outputs share nodes with inputs, results and the definition: treat them as
 * immutable.
 */
public final class JsonPathDataFlow {

    private final InputOutputPath inputPath;
    private final PayloadTemplate parameters;
    private final PayloadTemplate resultSelector;
    private final ResultPathMerge resultPath;
    private final InputOutputPath outputPath;

    private JsonPathDataFlow(InputOutputPath inputPath, PayloadTemplate parameters, PayloadTemplate resultSelector,
                             ResultPathMerge resultPath, InputOutputPath outputPath) {
        this.inputPath = inputPath;
        this.parameters = parameters;
        this.resultSelector = resultSelector;
        this.resultPath = resultPath;
        this.outputPath = outputPath;
    }

    /**
     * Compiles the state's fields; any may be null (absent). Never throws: what does not compile fails when
     * evaluated, with {@code States.Runtime}.
     *
     * @param parameters     {@code Parameters}; null when absent. A Map's {@code ItemSelector} reads a different
     *                       input (each item) and is compiled on its own with {@link PayloadTemplate}
     * @param resultSelector {@code ResultSelector}; null when absent
     */
    public static JsonPathDataFlow compile(PathField inputPath, JsonNode parameters, JsonNode resultSelector,
                                           PathField resultPath, PathField outputPath) {
        return new JsonPathDataFlow(InputOutputPath.compile(inputPath), PayloadTemplate.compile(parameters),
                PayloadTemplate.compile(resultSelector), ResultPathMerge.compile(resultPath),
                InputOutputPath.compile(outputPath));
    }

    /** InputPath, then Parameters evaluated against its output. */
    public JsonNode effectiveInput(JsonNode rawInput, EvalContext ctx) {
        JsonNode selected = inputPath.apply(rawInput, ctx);
        return parameters.isAbsent() ? selected : parameters.evaluate(ctx.withInput(selected));
    }

    /** ResultSelector evaluated against the result, which it replaces; the result itself when absent. */
    public JsonNode effectiveResult(JsonNode result, EvalContext ctx) {
        return resultSelector.isAbsent() ? result : resultSelector.evaluate(ctx.withInput(result));
    }

    /** ResultPath merges the effective result into the raw input, then OutputPath selects from that. */
    public JsonNode effectiveOutput(JsonNode rawInput, JsonNode effectiveResult, EvalContext ctx) {
        return outputPath.apply(resultPath.apply(rawInput, effectiveResult), ctx);
    }

    /** OutputPath alone, for states without a result (Choice, Wait, Succeed). */
    public JsonNode selectOutput(JsonNode document, EvalContext ctx) {
        return outputPath.apply(document, ctx);
    }
}
