package dev.stepproof.toolkit.internal.time;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import static org.assertj.core.api.BDDAssertions.then;

class Rfc3339Test {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2016-03-14T01:59:00Z                | 2016-03-14T01:59:00Z",
            "2016-03-05T21:29:29.243167252Z      | 2016-03-05T21:29:29.243167252Z",
            "2016-03-05T21:29:29.000000Z         | 2016-03-05T21:29:29Z",
            "2016-03-05T21:29:29.00Z             | 2016-03-05T21:29:29Z",
            "2016-03-05T21:29:29.5Z              | 2016-03-05T21:29:29.500Z",
            "2012-10-09T19:00:55+01:00           | 2012-10-09T18:00:55Z",
            "2012-10-09T19:00:55-05:30           | 2012-10-10T00:30:55Z",
            "2012-10-09T19:00:55.123456789+18:00 | 2012-10-09T01:00:55.123456789Z",
            "2024-02-29T00:00:00Z                | 2024-02-29T00:00:00Z",
            "2000-02-29T23:59:59-00:00           | 2000-02-29T23:59:59Z",
            "1970-01-01T00:00:00Z                | 1970-01-01T00:00:00Z",
            "0001-01-01T00:00:00Z                | 0001-01-01T00:00:00Z",
            "9999-12-31T23:59:59.999999999Z      | 9999-12-31T23:59:59.999999999Z",
    })
    void should_parse_aws_accepted_timestamps_to_the_instant_they_denote(String text, String instant) {
        // GIVEN / WHEN
        Instant parsed = Rfc3339.parse(text);
        // THEN
        then(parsed).isEqualTo(Instant.parse(instant));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {
            "2016-12-05 21:29:29Z", "2016-12-05T21:29:29", "2016-13-05T21:29:29Z", "2016-12-05T25:29:29Z",
            "05-12-2016T21:29:29Z", "2016-12-05T21:29:29.000000", "2023-02-24 12:15:56.832957", "2023-02-24",
            "2012-10-09T19:00:55", "2016-12-05t21:29:29Z", "2016-12-05T21:29:29z", "2016-12-05T21:29:29+0100",
            "2016-12-05T21:29:29+01", "2016-12-05T21:29:29+18:01", "2016-12-05T21:29:29+01:60",
            "2016-12-05T21:29:29.Z", "2016-12-05T21:29:29.1234567891Z", "2023-02-29T00:00:00Z",
            "1900-02-29T00:00:00Z", "2016-04-31T00:00:00Z", "2016-00-10T00:00:00Z", "2016-01-00T00:00:00Z",
            "2016-12-05T24:00:00Z", "2016-12-05T23:60:00Z", "2016-12-31T23:59:60Z", "+2016-12-05T21:29:29Z",
            "12016-12-05T21:29:29Z", "2016-1-05T21:29:29Z", "2016-12-05T21:29:29Z ", " 2016-12-05T21:29:29Z",
            "2016-12-05T21:29:29ZZ", "２016-12-05T21:29:29Z", "", "Z", "HelloWorld"})
    void should_reject_what_aws_or_rfc3339_rejects(String text) {
        // GIVEN / WHEN / THEN
        then(Rfc3339.parse(text)).isNull();
        then(Rfc3339.isValid(text)).isFalse();
    }

    @Test
    void should_reject_null() {
        // GIVEN / WHEN / THEN
        then(Rfc3339.parse(null)).isNull();
    }

    /** The parser replaced a regex plus OffsetDateTime.parse; it must accept exactly the same set, with the same instants. */
    @Test
    void should_agree_with_the_regex_and_java_time_check_it_replaced() {
        // GIVEN
        Pattern shape = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
        SplittableRandom random = new SplittableRandom(42);
        String[] seeds = {"2016-03-14T01:59:00Z", "2024-02-29T23:59:59.123456789+18:00", "1999-12-31T00:00:00.5-05:30"};
        String alphabet = "0123456789-:T.Z+ tz";
        int valid = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder(seeds[random.nextInt(seeds.length)]);
            for (int m = random.nextInt(3); m >= 0; m--) {
                int at = random.nextInt(text.length());
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (random.nextInt(3)) {
                    case 0 -> text.setCharAt(at, c);
                    case 1 -> text.insert(at, c);
                    default -> text.deleteCharAt(at);
                }
            }
            String candidate = text.toString();
            // WHEN
            Instant actual = Rfc3339.parse(candidate);
            // THEN
            Instant reference = null;
            if (shape.matcher(candidate).matches()) {
                try {
                    reference = OffsetDateTime.parse(candidate).toInstant();
                } catch (DateTimeParseException rejected) {
                    reference = null;
                }
            }
            then(actual).as(candidate).isEqualTo(reference);
            valid += actual == null ? 0 : 1;
        }
        then(valid).as("mutations that stay valid").isGreaterThan(1000);
    }
}
