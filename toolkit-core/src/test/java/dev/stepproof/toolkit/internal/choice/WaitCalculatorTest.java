package dev.stepproof.toolkit.internal.choice;

import dev.stepproof.toolkit.internal.dataflow.TestContext;
import dev.stepproof.toolkit.internal.dataflow.StatesError;
import dev.stepproof.toolkit.internal.jsonata.JsonataError;
import dev.stepproof.toolkit.model.NumberOrExpression;
import dev.stepproof.toolkit.model.WaitState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

class WaitCalculatorTest {

    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private static final TestContext EMPTY = TestContext.of("{}");

    @Test
    void should_wait_the_literal_seconds() {
        // GIVEN
        WaitCalculator wait = WaitCalculator.of(seconds(NumberOrExpression.of(60)));
        // WHEN / THEN
        then(wait.until(EMPTY, NOW)).isEqualTo(NOW.plusSeconds(60));
        then(WaitCalculator.of(seconds(NumberOrExpression.of(0))).until(EMPTY, NOW)).isEqualTo(NOW);
    }

    @Test
    void should_wait_the_seconds_a_path_resolves_to_in_the_input_context_or_a_variable() {
        // GIVEN
        TestContext ctx = TestContext.of("{'input': {'waitSeconds': 5}}")
                .withContext("{'Execution': {'Input': {'delay': 7}}}")
                .withVariable("waitTime", "0");
        // WHEN / THEN
        then(WaitCalculator.of(secondsPath("$.input.waitSeconds")).until(ctx, NOW)).isEqualTo(NOW.plusSeconds(5));
        then(WaitCalculator.of(secondsPath("$$.Execution.Input.delay")).until(ctx, NOW)).isEqualTo(NOW.plusSeconds(7));
        then(WaitCalculator.of(secondsPath("$waitTime")).until(ctx, NOW)).isEqualTo(NOW);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{}                                   | The SecondsPath parameter does not reference an input value: $.input.waitSeconds",
            "{'input': {}}                        | The SecondsPath parameter does not reference an input value: $.input.waitSeconds",
            "{'input': {'waitSeconds': -1}}       | The SecondsPath parameter references a negative value: $.input.waitSeconds == -1",
            "{'input': {'waitSeconds': 1.5}}      | The SecondsPath parameter cannot be parsed as a long value: $.input.waitSeconds == 1.5",
            "{'input': {'waitSeconds': -1.5}}     | The SecondsPath parameter cannot be parsed as a long value: $.input.waitSeconds == -1.5",
            "{'input': {'waitSeconds': '5'}}      | The SecondsPath parameter cannot be parsed as a long value: $.input.waitSeconds == 5",
            "{'input': {'waitSeconds': null}}     | The SecondsPath parameter cannot be parsed as a long value: $.input.waitSeconds == null",
            "{'input': {'waitSeconds': 99999999999999999999}} | The SecondsPath parameter cannot be parsed as a long value: $.input.waitSeconds == 99999999999999999999",
            "{'input': {'waitSeconds': 2147483648}} | Wait state delay is too long.",
    })
    void should_fail_with_aws_texts_when_seconds_path_is_missing_negative_or_not_a_long(String input, String cause) {
        // GIVEN
        WaitCalculator wait = WaitCalculator.of(secondsPath("$.input.waitSeconds"));
        // WHEN
        Throwable thrown = catchThrowable(() -> wait.until(TestContext.of(input), NOW));
        // THEN
        then(thrown).isInstanceOf(StatesError.class);
        StatesError error = (StatesError) thrown;
        then(error.error()).isEqualTo("States.Runtime");
        then(error.prefixed()).isTrue();
        then(error.causeText()).isEqualTo(cause);
    }

    @Test
    void should_accept_delays_just_below_two_to_the_31_seconds() {
        // GIVEN 24,855 days succeeded on AWS, 24,856 failed
        WaitCalculator wait = WaitCalculator.of(secondsPath("$.s"));
        long limit = 1L << 31;
        // WHEN / THEN
        then(wait.until(TestContext.of("{'s': " + (limit - 1) + "}"), NOW)).isEqualTo(NOW.plusSeconds(limit - 1));
        then(wait.until(TestContext.of("{'s': " + 24_855L * 86_400 + "}"), NOW)).isEqualTo(NOW.plus(Duration.ofDays(24_855)));
        then(catchThrowable(() -> wait.until(TestContext.of("{'s': " + 24_856L * 86_400 + "}"), NOW)))
                .isInstanceOf(StatesError.class).hasMessageEndingWith("Wait state delay is too long.");
        then(catchThrowable(() -> WaitCalculator.of(seconds(NumberOrExpression.of(limit))).until(EMPTY, NOW)))
                .isInstanceOf(StatesError.class).hasMessageEndingWith("Wait state delay is too long.");
    }

    @Test
    void should_wait_until_a_literal_timestamp_and_not_at_all_for_one_in_the_past() {
        // GIVEN
        WaitCalculator future = WaitCalculator.of(timestamp("2024-05-01T13:30:00.250+01:00"));
        WaitCalculator past = WaitCalculator.of(timestamp("2016-03-14T01:59:00Z"));
        // WHEN / THEN
        then(future.until(EMPTY, NOW)).isEqualTo(Instant.parse("2024-05-01T12:30:00.250Z"));
        then(past.until(EMPTY, NOW)).isEqualTo(NOW);
        then(WaitCalculator.of(timestamp("2024-05-01T12:00:00Z")).until(EMPTY, NOW)).isEqualTo(NOW);
    }

    @Test
    void should_wait_until_the_timestamp_a_path_resolves_to_with_nanoseconds() {
        // GIVEN
        TestContext ctx = TestContext.of("{'TimestampValue': '2024-05-01T12:00:01.000000001Z'}").withVariable("startAt", "'2016-03-14T01:59:00Z'");
        // WHEN / THEN
        then(WaitCalculator.of(timestampPath("$.TimestampValue")).until(ctx, NOW)).isEqualTo(NOW.plusSeconds(1).plusNanos(1));
        then(WaitCalculator.of(timestampPath("$startAt")).until(ctx, NOW)).isEqualTo(NOW);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "'2016-13-05T21:29:29Z' | 2016-13-05T21:29:29Z",
            "'05-12-2016T21:29:29Z' | 05-12-2016T21:29:29Z",
            "'2016-12-05T21:29:29'  | 2016-12-05T21:29:29",
            "'2016-12-05 21:29:29Z' | 2016-12-05 21:29:29Z",
            "1457920740             | 1457920740",
            "null                   | null",
    })
    void should_fail_with_the_aws_text_when_timestamp_path_is_not_a_timestamp(String value, String shown) {
        // GIVEN
        WaitCalculator wait = WaitCalculator.of(timestampPath("$.TimestampValue"));
        // WHEN
        Throwable thrown = catchThrowable(() -> wait.until(TestContext.of("{'TimestampValue': " + value + "}"), NOW));
        // THEN
        then(thrown).isInstanceOf(StatesError.class);
        then(((StatesError) thrown).causeText()).isEqualTo("The TimestampPath parameter does not reference a valid "
                + "ISO-8601 extended offset date-time format string: $.TimestampValue == " + shown);
    }

    @Test
    void should_fail_when_timestamp_path_is_missing_or_too_far_ahead() {
        // GIVEN
        WaitCalculator wait = WaitCalculator.of(timestampPath("$.at"));
        // WHEN
        Throwable missing = catchThrowable(() -> wait.until(EMPTY, NOW));
        Throwable tooFar = catchThrowable(() -> wait.until(TestContext.of("{'at': '2100-01-01T00:00:00Z'}"), NOW));
        // THEN
        then(((StatesError) missing).causeText()).isEqualTo("The TimestampPath parameter does not reference an input value: $.at");
        then(((StatesError) tooFar).causeText()).isEqualTo("Wait state delay is too long.");
    }

    @Test
    void should_wait_what_jsonata_seconds_and_timestamp_expressions_give() {
        // GIVEN
        WaitCalculator seconds = WaitCalculator.of(seconds(NumberOrExpression.ofExpression("{% $states.input.s * 2 %}")));
        WaitCalculator timestamp = WaitCalculator.of(timestamp("{% $states.input.t %}"));
        TestContext ctx = TestContext.of("{'s': 30, 't': '2024-05-01T12:05:00.5Z'}");
        // WHEN / THEN
        then(seconds.until(ctx, NOW)).isEqualTo(NOW.plusSeconds(60));
        then(timestamp.until(ctx, NOW)).isEqualTo(Instant.parse("2024-05-01T12:05:00.500Z"));
    }

    @Test
    void should_fail_with_query_evaluation_errors_when_jsonata_gives_no_usable_time() {
        // GIVEN
        WaitCalculator seconds = WaitCalculator.of(seconds(NumberOrExpression.ofExpression("{% $states.input.s %}")));
        WaitCalculator timestamp = WaitCalculator.of(timestamp("{% $states.input.t %}"));
        TestContext ctx = TestContext.of("{'s': 'soon', 't': '2016-12-05 21:29:29Z'}");
        // WHEN
        JsonataError missing = (JsonataError) catchThrowable(() -> seconds.until(EMPTY, NOW));
        JsonataError notInteger = (JsonataError) catchThrowable(() -> seconds.until(ctx, NOW));
        JsonataError notTimestamp = (JsonataError) catchThrowable(() -> timestamp.until(ctx, NOW));
        // THEN
        then(missing.causeText()).isEqualTo(
                "The JSONata expression '$states.input.s' specified for the field 'Seconds' returned nothing (undefined).");
        then(notInteger.causeText()).isEqualTo("The JSONata expression '$states.input.s' specified for the field "
                + "'Seconds' returned an unexpected result type. Expected 'integer', but was 'string' for value: \"soon\"");
        then(notTimestamp.causeText()).isEqualTo("The Timestamp field cannot be parsed as an ISO-8601 extended offset "
                + "date-time format string: 2016-12-05 21:29:29Z");
        then(notTimestamp.location()).isEqualTo("Timestamp");
        then(notTimestamp.chained()).isTrue();
    }

    @Test
    void should_reject_at_compile_time_what_the_validator_rejects() {
        // GIVEN / WHEN / THEN
        then(catchThrowable(() -> WaitCalculator.of(seconds(NumberOrExpression.of(new BigDecimal("1.5"))))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Wait state 'W': ");
        then(catchThrowable(() -> WaitCalculator.of(seconds(NumberOrExpression.of(-1)))))
                .isInstanceOf(IllegalArgumentException.class);
        then(catchThrowable(() -> WaitCalculator.of(timestamp("2016-12-05T21:29:29"))))
                .isInstanceOf(IllegalArgumentException.class);
        then(catchThrowable(() -> WaitCalculator.of(secondsPath("$.a["))))
                .isInstanceOf(IllegalArgumentException.class);
        then(catchThrowable(() -> WaitCalculator.of(wait(null, null, null, null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("none of Seconds");
    }

    private static WaitState seconds(NumberOrExpression seconds) {
        return wait(seconds, null, null, null);
    }

    private static WaitState secondsPath(String path) {
        return wait(null, path, null, null);
    }

    private static WaitState timestamp(String timestamp) {
        return wait(null, null, timestamp, null);
    }

    private static WaitState timestampPath(String path) {
        return wait(null, null, null, path);
    }

    private static WaitState wait(NumberOrExpression seconds, String secondsPath, String timestamp, String timestampPath) {
        return new WaitState("W", "/States/W", null, null, null, null, null, seconds, secondsPath, timestamp, timestampPath,
                null, null);
    }
}
