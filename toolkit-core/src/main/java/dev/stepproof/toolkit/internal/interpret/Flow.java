package dev.stepproof.toolkit.internal.interpret;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.dataflow.EvalContext;
import dev.stepproof.toolkit.internal.dataflow.InputOutputPath;
import dev.stepproof.toolkit.internal.dataflow.PayloadTemplate;
import dev.stepproof.toolkit.internal.dataflow.ReferenceValue;
import dev.stepproof.toolkit.internal.dataflow.ResultPathMerge;
import dev.stepproof.toolkit.model.PathField;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSONPath data-flow steps as the interpreter uses them, compiled once per state: InputPath/OutputPath
 * selection, payload templates, ResultPath merging, reference values and Assign. A thin seam over
 * {@code internal.dataflow}, so state code reads as the pipeline of ASL-SEMANTICS §2.1.
 */
final class Flow {
    private Flow() {
    }

    /** A compiled InputPath or OutputPath. */
    record Path(InputOutputPath compiled) {
    }

    /** A compiled ResultPath. */
    record ResultPath(ResultPathMerge compiled) {
    }

    /** A compiled payload template (Parameters, ResultSelector, ItemSelector, Assign, …). */
    record Template(PayloadTemplate compiled) {
    }

    static Path path(PathField field) {
        return new Path(InputOutputPath.compile(field));
    }

    static ResultPath resultPath(PathField field) {
        return new ResultPath(ResultPathMerge.compile(field));
    }

    static Template template(JsonNode template) {
        return template == null || template.isNull() ? null : new Template(PayloadTemplate.compile(template));
    }

    /** A {@code …Path} field resolved to one value (TimeoutSecondsPath, ItemsPath, ErrorPath, …); null when absent. */
    static ReferenceValue reference(String text, String field) {
        return text == null ? null : ReferenceValue.compile(text, field);
    }

    /** InputPath/OutputPath: absent keeps {@code doc}, null gives {@code {}}, a missing definite path is States.Runtime. */
    static JsonNode select(Path path, JsonNode doc, EvalContext ctx, String field) {
        return path.compiled().apply(doc, ctx);
    }

    static JsonNode apply(Template template, EvalContext ctx) {
        return template.compiled().evaluate(ctx);
    }

    /** ResultPath: merges {@code result} into the raw input without changing it. */
    static JsonNode merge(ResultPath rp, JsonNode rawInput, JsonNode result) {
        return rp.compiled().apply(rawInput, result);
    }

    /** JSONPath Assign: a template whose top-level keys are variable names. */
    static Map<String, JsonNode> assign(Template template, EvalContext ctx) {
        JsonNode values = apply(template, ctx);
        Map<String, JsonNode> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = values.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }
}
