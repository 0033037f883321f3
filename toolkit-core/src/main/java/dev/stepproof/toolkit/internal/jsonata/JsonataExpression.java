package dev.stepproof.toolkit.internal.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One {@code {% %}} expression of a definition, compiled once, at the field it was written in. Evaluation
 * binds only what the expression mentions: {@code $states} (as lazy views of the state's JSON), the workflow
 * variables it names, and the execution-bound functions it calls; and it never returns <i>undefined</i>: that,
 * like every other failure, is a {@link JsonataError} with AWS's cause text (ASL-SEMANTICS §3.7).
 *
 * <p>Immutable; evaluation from several threads at once is safe as long as jsonata-java's does not write to
 * the parsed expression, which 0.9.8 does only for lambdas' positions (same values each time).
 */
public final class JsonataExpression {
    private final String text;
    private final String location;
    private final Jsonata compiled;
    private final RuntimeException parseError;
    private final boolean usesStates;
    private final String[] variables;
    private final Set<String> functions;

    private JsonataExpression(String text, String location) {
        this.text = text;
        this.location = location;
        Set<String> names = VariableNames.in(text);
        this.usesStates = names.remove("states");
        this.variables = names.toArray(new String[0]);
        Set<String> called = new LinkedHashSet<>(names);
        called.retainAll(AwsFunctions.NAMES);
        this.functions = Set.copyOf(called);
        Jsonata parsed = null;
        RuntimeException problem = null;
        try {
            parsed = JsonataTemplates.parse(text);
            AwsFunctions.registerPure(parsed, functions);
        } catch (RuntimeException | StackOverflowError e) {
            // The validator rejects what does not parse; an unvalidated definition fails when the field runs.
            problem = e instanceof RuntimeException ? (RuntimeException) e : new IllegalStateException(e);
        }
        this.compiled = parsed;
        this.parseError = problem;
    }

    /**
     * @param template a string that {@link #isTemplate(String) is a template}
     * @param location the field it sits in, as AWS names it, e.g. {@code Output/result}
     * @return the compiled expression; one that does not parse fails when evaluated
     */
    public static JsonataExpression ofTemplate(String template, String location) {
        return new JsonataExpression(template.substring(2, template.length() - 2).strip(), location);
    }

    /** @return whether AWS evaluates {@code value}: a string that starts with <code>{%</code> and ends with <code>%}</code> */
    public static boolean isTemplate(String value) {
        return value.length() >= 4 && value.startsWith("{%") && value.endsWith("%}");
    }

    /** @return the expression without its delimiters, as AWS quotes it in causes */
    public String text() {
        return text;
    }

    /** @return the field the expression sits in */
    public String location() {
        return location;
    }

    /**
     * @param scope what {@code $states}, the variables and the execution-bound functions read; never null
     * @return the value, JSON null included; never null
     * @throws JsonataError when the expression fails, returns undefined or returns something that is not JSON
     */
    public JsonNode evaluate(JsonataScope scope) {
        if (compiled == null) {
            throw failure(parseError);
        }
        Jsonata.Frame frame = new Jsonata.Frame(null);
        EvaluationProbe probe = EvaluationProbe.install(frame);
        DetachableScope detachable = new DetachableScope(scope);
        if (usesStates) {
            frame.bind("states", new StatesView(detachable));
        }
        for (String name : variables) {
            JsonNode value = scope.variable(name);
            if (value != null) {
                frame.bind(name, JsonViews.binding(value));
            }
        }
        AwsFunctions.bindScoped(frame, functions, detachable);
        JsonNode value;
        try {
            Object raw = compiled.evaluate(null, frame);
            // Converted before the scope is detached: the result may hold views of $states.
            value = raw == null ? null : JsonResults.toJson(raw);
        } catch (RuntimeException | StackOverflowError e) {
            throw failure(e);
        } finally {
            detachable.detach();
        }
        if (value == null) {
            if (probe.resultWasJsonNull()) {
                return JsonResults.NODES.nullNode();
            }
            throw JsonataError.undefined(text, location);
        }
        if (value == JsonResults.UNSUPPORTED) {
            throw JsonataError.unsupported(text, location);
        }
        return value;
    }

    private JsonataError failure(Throwable e) {
        if (e instanceof JException) {
            JException j = (JException) e;
            return JsonataError.threw(text, location, j.getError(), EngineMessages.of(j));
        }
        if (e instanceof EvaluationProbe.BoundExceeded || e instanceof FunctionArgs.FunctionError) {
            return JsonataError.threw(text, location, null, e.getMessage());
        }
        if (e instanceof StackOverflowError) {
            return JsonataError.threw(text, location, null, EvaluationProbe.STACK_OVERFLOW);
        }
        return JsonataError.internal(text, location, e);
    }
}
