package dev.stepproof.toolkit.internal.interpret;

import dev.stepproof.toolkit.internal.text.JsonText;

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
 * distributed Map acts on the thresholds ({@link Thresholds#exceeded}); the checks apply to both modes.
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
    private final Double countLiteral;
    private final Double percentageLiteral;

    /**
     * The thresholds of one Map Run; null when not given. With neither, any failure fails the run; otherwise the
     * run fails when the failed children exceed the count or their share of all children exceeds the percentage.
     */
    record Thresholds(Double count, Double percentage) {
        /**
         * @param total all child executions, or -1 while the reader has not reached the end (the percentage then
         *              waits, since the share is not known yet)
         */
        boolean exceeded(long failed, long total) {
            if (count == null && percentage == null) {
                return failed > 0;
            }
            if (count != null && failed > count) {
                return true;
            }
            return percentage != null && total > 0 && failed * 100.0 / total > percentage;
        }
    }

    ToleratedFailures(MapState s, boolean jsonata) {
        countPathText = s.toleratedFailureCountPath();
        percentagePathText = s.toleratedFailurePercentagePath();
        countPath = jsonata ? null : Flow.reference(countPathText, "ToleratedFailureCountPath");
        percentagePath = jsonata ? null : Flow.reference(percentagePathText, "ToleratedFailurePercentagePath");
        countExpression = jsonata ? JsonataNumber.integer(s.toleratedFailureCount(), "ToleratedFailureCount") : null;
        percentageExpression = jsonata ? JsonataNumber.number(s.toleratedFailurePercentage(), "ToleratedFailurePercentage") : null;
        countLiteral = literal(s.toleratedFailureCount());
        percentageLiteral = literal(s.toleratedFailurePercentage());
    }

    private static Double literal(dev.stepproof.toolkit.model.NumberOrExpression field) {
        return field == null || field.isExpression() ? null : field.number().doubleValue();
    }

    /**
     * @param input what the paths resolve against: the Map's effective input
     * @throws StatesError  {@code States.Runtime} for a value that is no number or out of range
     * @throws dev.stepproof.toolkit.internal.jsonata.JsonataError when an expression fails or gives no number
     */
    Thresholds check(Visit v, JsonNode input) {
        Double count = countLiteral;
        Double percentage = percentageLiteral;
        if (countPath != null) {
            count = count(parse(countPath.resolve(v.input(input)), "ToleratedFailureCountPath", countPathText, "integer"));
        }
        if (percentagePath != null) {
            percentage = percentage(parse(percentagePath.resolve(v.input(input)), "ToleratedFailurePercentagePath",
                    percentagePathText, "float"));
        }
        if (countExpression != null) {
            count = count(countExpression.evaluate(v));
        }
        if (percentageExpression != null) {
            percentage = percentage(percentageExpression.evaluate(v));
        }
        return new Thresholds(count, percentage);
    }

    private static double count(double value) {
        if (value < 0) {
            throw StatesError.runtime(NEGATIVE_COUNT);
        }
        return value;
    }

    private static double percentage(double value) {
        if (value < 0 || value > 100) {
            throw StatesError.runtime(PERCENTAGE_RANGE);
        }
        return value;
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
            String shown = value.isTextual() ? value.textValue() : JsonText.compact(value);
            throw StatesError.runtime("The " + field + " field refers to value \"" + shown + "\" which is not a valid "
                    + kind + ": " + path);
        }
    }
}
