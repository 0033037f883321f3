package dev.stepproof.toolkit.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.dataflow.EvalContext;
import dev.stepproof.toolkit.internal.dataflow.StatesError;
import dev.stepproof.toolkit.internal.jsonata.JsonataError;
import dev.stepproof.toolkit.internal.jsonata.JsonataExpression;
import dev.stepproof.toolkit.internal.jsonata.JsonataScope;
import dev.stepproof.toolkit.internal.path.JsonPathExpr;
import dev.stepproof.toolkit.internal.path.Parsed;
import dev.stepproof.toolkit.internal.path.PathResult;
import dev.stepproof.toolkit.internal.time.Rfc3339;
import dev.stepproof.toolkit.model.WaitState;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * When a Wait state ends, in virtual time. Compile once per state with {@link #of(WaitState)}, then ask
 * {@link #until(EvalContext, Instant)} per visit.
 *
 * <p>Run-time failures are {@code States.Runtime} with the texts AWS was recorded with (ASL-SEMANTICS §7.1 and
 * Appendix A), without the state prefix, which the interpreter adds. A delay of 2^31 seconds or more
 * (24,856 days; 24,855 succeeded on AWS) fails with {@code Wait state delay is too long.}; the same bound is
 * applied to {@code Timestamp} and {@code TimestampPath}, which AWS did not record separately. A timestamp in the
 * past ends the wait at once.
 *
 * <p>In JSONata states {@code Seconds} and {@code Timestamp} may be {@code {% %}} expressions. Their failures are
 * {@code States.QueryEvaluationError}s ({@link JsonataError}); a Timestamp that does not parse has the text AWS
 * recorded, other wrong values (not AWS-recorded) say what the field needs.
 */
public final class WaitCalculator {

    /** AWS accepted 24,855 days and refused 24,856: the delay must stay below 2^31 seconds. */
    static final long DELAY_LIMIT_SECONDS = 1L << 31;
    private static final Duration DELAY_LIMIT = Duration.ofSeconds(DELAY_LIMIT_SECONDS);

    private final long seconds;
    private final Instant timestamp;
    private final JsonPathExpr secondsPath;
    private final JsonPathExpr timestampPath;
    private final JsonataExpression jsonata;

    private WaitCalculator(long seconds, Instant timestamp, JsonPathExpr secondsPath, JsonPathExpr timestampPath,
                           JsonataExpression jsonata) {
        this.seconds = seconds;
        this.timestamp = timestamp;
        this.secondsPath = secondsPath;
        this.timestampPath = timestampPath;
        this.jsonata = jsonata;
    }

    /**
     * @param state a Wait state of an accepted definition; never null
     * @return its timing compiled, JSONata {@code Seconds} and {@code Timestamp} expressions included
     * @throws IllegalArgumentException when the state has none of the four timing fields, or a value the validator
     *                                  rejects (negative or fractional {@code Seconds}, a timestamp that is not
     *                                  RFC 3339, a path that does not compile)
     */
    public static WaitCalculator of(WaitState state) {
        if (state.seconds() != null) {
            if (state.seconds().isExpression()) {
                return new WaitCalculator(-1, null, null, null, expression(state, state.seconds().expression(), "Seconds"));
            }
            OptionalLong literal = state.seconds().asLong();
            if (literal.isEmpty() || literal.getAsLong() < 0) {
                throw invalid(state, "Seconds must be a non-negative integer, but was " + state.seconds().number());
            }
            return new WaitCalculator(literal.getAsLong(), null, null, null, null);
        }
        if (state.timestamp() != null) {
            String text = state.timestamp();
            if (JsonataExpression.isTemplate(text)) {
                return new WaitCalculator(-1, null, null, null, JsonataExpression.ofTemplate(text, "Timestamp"));
            }
            Instant literal = Rfc3339.parse(text);
            if (literal == null) {
                throw invalid(state, "Timestamp is not an RFC 3339 timestamp: " + text);
            }
            return new WaitCalculator(-1, literal, null, null, null);
        }
        if (state.secondsPath() != null) {
            return new WaitCalculator(-1, null, path(state, state.secondsPath()), null, null);
        }
        if (state.timestampPath() != null) {
            return new WaitCalculator(-1, null, null, path(state, state.timestampPath()), null);
        }
        throw invalid(state, "none of Seconds, SecondsPath, Timestamp, TimestampPath is set");
    }

    /**
     * @param ctx the Wait state's effective input (after InputPath), context object and variables; never null.
     *            JSONata expressions read it through {@link JsonataScope#of(EvalContext)}
     * @param now the virtual time at which the state was entered; never null
     * @return when the wait ends: never before {@code now}
     * @throws StatesError  {@code States.Runtime} for a {@code SecondsPath} that is missing, negative or not a long,
     *                      a {@code TimestampPath} that is missing or not a timestamp, or a delay that is too long
     * @throws JsonataError when a JSONata {@code Seconds} or {@code Timestamp} fails or gives a wrong value
     */
    public Instant until(EvalContext ctx, Instant now) {
        if (jsonata != null) {
            return untilJsonata(JsonataScope.of(ctx), now);
        }
        if (secondsPath != null) {
            return after(now, resolveSeconds(ctx));
        }
        if (timestampPath != null) {
            return at(now, resolveTimestamp(ctx));
        }
        if (timestamp != null) {
            return at(now, timestamp);
        }
        return after(now, seconds);
    }

    private Instant untilJsonata(JsonataScope scope, Instant now) {
        JsonNode value = jsonata.evaluate(scope);
        if ("Timestamp".equals(jsonata.location())) {
            Instant instant = value.isTextual() ? Rfc3339.parse(value.textValue()) : null;
            if (instant == null) {
                // AWS-REC: chained to the WaitStateEntered event, unlike other JSONata failures.
                throw JsonataError.of("The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time "
                        + "format string: " + text(value), "Timestamp", true);
            }
            return at(now, instant);
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw JsonataError.unexpectedType(jsonata.text(), "Seconds", "integer", value);
        }
        if (value.longValue() < 0) {
            throw JsonataError.of("The JSONata expression '" + jsonata.text() + "' specified for the field 'Seconds' "
                    + "returned a negative value: " + value, "Seconds", false);
        }
        return after(now, value.longValue());
    }

    private long resolveSeconds(EvalContext ctx) {
        PathResult resolved = secondsPath.evaluate(ctx);
        if (!(resolved instanceof PathResult.Found)) {
            throw StatesError.runtime("The SecondsPath parameter does not reference an input value: " + secondsPath.text());
        }
        JsonNode value = ((PathResult.Found) resolved).value();
        // Type before sign: AWS reported -1.5 as "cannot be parsed", -1 as "negative".
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw StatesError.runtime("The SecondsPath parameter cannot be parsed as a long value: "
                    + secondsPath.text() + " == " + text(value));
        }
        long result = value.longValue();
        if (result < 0) {
            throw StatesError.runtime("The SecondsPath parameter references a negative value: "
                    + secondsPath.text() + " == " + text(value));
        }
        return result;
    }

    private Instant resolveTimestamp(EvalContext ctx) {
        PathResult resolved = timestampPath.evaluate(ctx);
        if (!(resolved instanceof PathResult.Found)) {
            // Not recorded on AWS; worded like its SecondsPath counterpart.
            throw StatesError.runtime("The TimestampPath parameter does not reference an input value: " + timestampPath.text());
        }
        JsonNode value = ((PathResult.Found) resolved).value();
        Instant instant = value.isTextual() ? Rfc3339.parse(value.textValue()) : null;
        if (instant == null) {
            throw StatesError.runtime("The TimestampPath parameter does not reference a valid ISO-8601 extended offset "
                    + "date-time format string: " + timestampPath.text() + " == " + text(value));
        }
        return instant;
    }

    private static Instant after(Instant now, long delaySeconds) {
        if (delaySeconds >= DELAY_LIMIT_SECONDS) {
            throw tooLong();
        }
        return now.plusSeconds(delaySeconds);
    }

    private static Instant at(Instant now, Instant end) {
        if (!end.isAfter(now)) {
            return now;
        }
        if (Duration.between(now, end).compareTo(DELAY_LIMIT) >= 0) {
            throw tooLong();
        }
        return end;
    }

    private static StatesError tooLong() {
        return StatesError.runtime("Wait state delay is too long.");
    }

    /** AWS prints strings bare ({@code == 2016-13-05T21:29:29Z}) and numbers as written ({@code == -1.5}). */
    private static String text(JsonNode value) {
        return value.isTextual() ? value.textValue() : value.toString();
    }

    private static JsonPathExpr path(WaitState state, String text) {
        Parsed<JsonPathExpr> parsed = JsonPathExpr.compile(text);
        if (!parsed.isOk()) {
            throw invalid(state, "'" + text + "' is not a valid path (" + parsed.failure().orElseThrow() + ")");
        }
        return parsed.orElseThrow();
    }

    private static JsonataExpression expression(WaitState state, String text, String field) {
        if (!JsonataExpression.isTemplate(text)) {
            throw invalid(state, field + " must be a number or a JSONata template, but was '" + text + "'");
        }
        return JsonataExpression.ofTemplate(text, field);
    }

    private static IllegalArgumentException invalid(WaitState state, String problem) {
        return new IllegalArgumentException("Wait state '" + state.name() + "': " + problem);
    }
}
