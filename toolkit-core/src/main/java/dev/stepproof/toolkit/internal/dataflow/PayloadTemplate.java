package dev.stepproof.toolkit.internal.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.intrinsics.IntrinsicEvaluator;
import dev.stepproof.toolkit.internal.intrinsics.PayloadExpression;
import dev.stepproof.toolkit.internal.intrinsics.PayloadExpressions;
import dev.stepproof.toolkit.internal.path.Parsed;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A compiled JSONPath-mode payload template: {@code Parameters}, {@code ResultSelector}, {@code ItemSelector},
 * JSONPath {@code Assign} and {@code Credentials} (ASL-SEMANTICS §2.3).
 *
 * <p>A key ending in {@code .$} is evaluated and written without the suffix: a path against the input
 * ({@code $…}), the context object ({@code $$…}) or a variable ({@code $name…}), or an intrinsic function call.
 * Every other key keeps its value literally, recursively through nested objects and arrays (objects inside
 * arrays included), even when the value looks like a path.
 *
 * <p>Compile once per definition, evaluate many times; instances are immutable and thread-safe. Subtrees
 * without {@code .$} keys are not copied per evaluation but shared (see the package documentation: results are
 * immutable by contract). Compiling never throws: a {@code .$} value that does not compile becomes a node that
 * fails with {@code States.Runtime} when evaluated.
 */
public final class PayloadTemplate {

    private static final String SUFFIX = ".$";

    /** Null for an absent template, which passes the input through. */
    private final TemplateNode root;

    private PayloadTemplate(TemplateNode root) {
        this.root = root;
    }

    /**
     * @param template the template as written; null or a missing node means the field is absent, which
     *                 {@link #evaluate} answers with the input itself
     * @return the compiled template; function-level intrinsic failures are {@code States.IntrinsicFailure}
     */
    public static PayloadTemplate compile(JsonNode template) {
        return compile(template, StatesError.INTRINSIC_FAILURE);
    }

    /** @param intrinsicFailureError the error name of function-level intrinsic failures (ASL-SEMANTICS §5.2) */
    public static PayloadTemplate compile(JsonNode template, String intrinsicFailureError) {
        Objects.requireNonNull(intrinsicFailureError, "intrinsicFailureError");
        if (template == null || template.isMissingNode()) {
            return new PayloadTemplate(null);
        }
        return new PayloadTemplate(new Compiler(intrinsicFailureError).node(template));
    }

    /**
     * @param ctx {@code $} is the template's input (Parameters: the InputPath output; ResultSelector: the
     *            result; ItemSelector: the Map's effective input; Assign: the state's result)
     * @return the payload; shares nodes with the template and with the input, so treat it as immutable
     * @throws StatesError {@code States.Runtime} when a definite path does not resolve, with AWS's cause text
     *                     {@code The JSONPath '<path>' specified for the field '<key>.$' could not be found in the
     *                     input '<json>'}; intrinsic failures as {@link IntrinsicEvaluator} describes
     */
    public JsonNode evaluate(EvalContext ctx) {
        return root == null ? ctx.input() : root.evaluate(ctx);
    }

    /** @return whether the template was absent, so that {@link #evaluate} returns its input unchanged */
    public boolean isAbsent() {
        return root == null;
    }

    /** Turns a template tree into nodes, collapsing {@code .$}-free subtrees into shared literals. */
    private static final class Compiler {
        private final String intrinsicFailureError;

        Compiler(String intrinsicFailureError) {
            this.intrinsicFailureError = intrinsicFailureError;
        }

        TemplateNode node(JsonNode template) {
            if (template.isObject()) {
                return object(template);
            }
            if (template.isArray()) {
                return array(template);
            }
            return new TemplateLiteral(template.deepCopy());
        }

        private TemplateNode object(JsonNode template) {
            List<String> keys = new ArrayList<>(template.size());
            List<TemplateNode> values = new ArrayList<>(template.size());
            boolean literal = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = template.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = field.getKey();
                TemplateNode value;
                if (key.endsWith(SUFFIX)) {
                    value = expression(key, field.getValue());
                    key = key.substring(0, key.length() - SUFFIX.length());
                } else {
                    value = node(field.getValue());
                }
                literal &= value.isLiteral();
                keys.add(key);
                values.add(value);
            }
            if (literal) {
                return new TemplateLiteral(template.deepCopy());
            }
            return new TemplateObject(keys.toArray(new String[0]), values.toArray(new TemplateNode[0]));
        }

        private TemplateNode array(JsonNode template) {
            TemplateNode[] items = new TemplateNode[template.size()];
            boolean literal = true;
            for (int i = 0; i < items.length; i++) {
                items[i] = node(template.get(i));
                literal &= items[i].isLiteral();
            }
            return literal ? new TemplateLiteral(template.deepCopy()) : new TemplateArray(items);
        }

        private TemplateNode expression(String field, JsonNode value) {
            if (!value.isTextual()) {
                return new TemplateBroken(Causes.notCompiled(field, value.toString(),
                        "it must be a string holding a JSONPath or an intrinsic function call"));
            }
            String text = value.textValue();
            Parsed<PayloadExpression> parsed = PayloadExpressions.compile(text);
            if (parsed instanceof Parsed.Ok<PayloadExpression> ok) {
                PayloadExpression expression = ok.value();
                if (expression instanceof PayloadExpression.PathValue path) {
                    return new TemplatePath(path.path(), field);
                }
                return new TemplateCall(IntrinsicEvaluator.compile(((PayloadExpression.Call) expression).call(),
                        intrinsicFailureError));
            }
            return new TemplateBroken(Causes.notCompiled(field, "'" + text + "'", parsed.failure().orElseThrow().toString()));
        }
    }
}
