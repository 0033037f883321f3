package dev.stepproof.toolkit.internal.interpret;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.dataflow.ReferenceValue;
import dev.stepproof.toolkit.internal.dataflow.StatesError;
import dev.stepproof.toolkit.model.MapState;

/**
 * A Map's ToleratedFailureCount and ToleratedFailurePercentage, from their {@code …Path} (JSONPath) or expression
 * (JSONata), checked with the texts AWS recorded (Appendix A): a path value that is no number is
 * {@code The ToleratedFailureCountPath field refers to value "x" which is not a valid integer: $.p} (…{@code float}
 * for the percentage), a negative count {@code ToleratedFailureCount cannot be negative.}, a percentage outside
 * 0–100 {@code ToleratedFailurePercentage must be between 0 and 100.}, all {@code States.Runtime}. Only a
 * distributed Map acts on the thresholds, which StepProof does not run yet; the checks apply to both modes.
 */
final class ToleratedFailures {
    static final String NEGATIVE_COUNT = "ToleratedFailureCount cannot be negative.";
    static final String PERCENTAGE_RANGE = "ToleratedFailurePercentage must be between 0 and 100.";

    private final ReferenceValue countPath;
    private final String countPathText;
    private final ReferenceValue percentagePath;
    private final String percentagePathText;
    private final JsonataNumber countExpression;
    private final JsonataNumber percentageExpression;

    ToleratedFailures(MapState s, boolean jsonata) {
        countPathText = s.toleratedFailureCountPath();
        percentagePathText = s.toleratedFailurePercentagePath();
        countPath = jsonata ? null : Flow.reference(countPathText, "ToleratedFailureCountPath");
        percentagePath = jsonata ? null : Flow.reference(percentagePathText, "ToleratedFailurePercentagePath");
        countExpression = jsonata ? JsonataNumber.integer(s.toleratedFailureCount(), "ToleratedFailureCount") : null;
        percentageExpression = jsonata ? JsonataNumber.number(s.toleratedFailurePercentage(), "ToleratedFailurePercentage") : null;
    }

    /**
     * @param input what the paths resolve against: the Map's effective input
     * @throws StatesError  {@code States.Runtime} for a value that is no number or out of range
     * @throws dev.stepproof.toolkit.internal.jsonata.JsonataError when an expression fails or gives no number
     */
    void check(Visit v, JsonNode input) {
        if (countPath != null) {
            count(parse(countPath.resolve(v.input(input)), "ToleratedFailureCountPath", countPathText, "integer"));
        }
        if (percentagePath != null) {
            percentage(parse(percentagePath.resolve(v.input(input)), "ToleratedFailurePercentagePath",
                    percentagePathText, "float"));
        }
        if (countExpression != null) {
            count(countExpression.evaluate(v));
        }
        if (percentageExpression != null) {
            percentage(percentageExpression.evaluate(v));
        }
    }

    private static void count(double value) {
        if (value < 0) {
            throw StatesError.runtime(NEGATIVE_COUNT);
        }
    }

    private static void percentage(double value) {
        if (value < 0 || value > 100) {
            throw StatesError.runtime(PERCENTAGE_RANGE);
        }
    }

    /** Numbers, and numeric strings as AWS accepts them for MaxConcurrencyPath; a count must be whole. */
    private static double parse(JsonNode value, String field, String path, String kind) {
        try {
            double d = value.isTextual() ? Double.parseDouble(value.textValue().trim())
                    : value.isNumber() ? value.doubleValue() : Double.NaN;
            if (Double.isNaN(d) || Double.isInfinite(d) || "integer".equals(kind) && d != Math.rint(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            String shown = value.isTextual() ? value.textValue() : value.toString();
            throw StatesError.runtime("The " + field + " field refers to value \"" + shown + "\" which is not a valid "
                    + kind + ": " + path);
        }
    }
}
