package dev.stepproof.toolkit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.regex.Pattern;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

/** Declaring mocks: descriptions, immutability, and the messages for mistakes a test author can make. */
class Mock_definition_Test {

    @Test
    void should_describe_a_mock_as_the_chain_that_declared_it() {
        // WHEN
        Mock mock = Mock.forAnyTask().withResource(Pattern.compile("arn:.*:sqs:.*")).withParameters("{\"a\": [1, \"x\"]}")
                .when(p -> true).withState("Send \"now\"").returns("{}");
        // THEN
        then(mock).hasToString("forAnyTask().withResource(Pattern.compile(\"arn:.*:sqs:.*\")).withParameters({\"a\":[1,\"x\"]})"
                + ".when(predicate).withState(\"Send \\\"now\\\"\")");
    }

    @Test
    void should_leave_a_mock_and_mocks_unchanged_when_deriving_from_them() {
        // GIVEN
        Mock base = Mock.forState("A");
        Mocks strict = Mocks.of(base.returns("1"));
        // WHEN
        base.returns("2");
        Mocks lenient = strict.lenient().with(Mock.forState("B").returns("3"));
        // THEN
        thenThrownBy(() -> Mocks.of(base)).isInstanceOf(IllegalArgumentException.class);
        then(strict.isStrict()).isTrue();
        then(strict.mocks()).hasSize(1);
        then(lenient.isStrict()).isFalse();
        then(lenient.mocks()).extracting(Mock::toString).containsExactly("forState(\"A\")", "forState(\"B\")");
    }

    @Test
    void should_reject_a_mock_without_a_response() {
        thenThrownBy(() -> Mocks.of(Mock.forState("Charge"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Mock forState(\"Charge\") has no response: expected returns(...), returnsPayload(...),"
                        + " fails(...), throttles(), hangs() or answers(...) after it");
    }

    @Test
    void should_reject_a_delay_with_no_response_after_it() {
        thenThrownBy(() -> Mocks.of(Mock.forState("Charge").returns("{}").delays(Duration.ofSeconds(1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Mock forState(\"Charge\") ends with delays(PT1S): expected a response after it,"
                        + " e.g. delays(...).returns(...)");
        thenThrownBy(() -> Mock.forState("Charge").delays(Duration.ofSeconds(1)).delays(Duration.ofSeconds(2)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("forState(\"Charge\").delays(PT2S): delays(PT1S) is still waiting for its response;"
                        + " put a response between the two");
        thenThrownBy(() -> Mock.forState("Charge").delays(Duration.ofSeconds(-1)))
                .hasMessage("forState(\"Charge\").delays(PT-1S): expected a duration of zero or more");
    }

    @Test
    void should_reject_times_without_a_response_or_below_one() {
        thenThrownBy(() -> Mock.forState("Charge").times(2)).isInstanceOf(IllegalStateException.class)
                .hasMessage("forState(\"Charge\").times(2): expected a response before it, e.g. throttles().times(2)");
        thenThrownBy(() -> Mock.forState("Charge").throttles().times(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("forState(\"Charge\").times(0): expected at least 1");
    }

    @Test
    void should_reject_text_that_is_not_json() {
        thenThrownBy(() -> Mock.forState("Charge").returns("{\"a\": }")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("returns(\"{\"a\": }\"): expected JSON, but Unexpected character ('}'");
        thenThrownBy(() -> Mock.forAnyTask().withParameters("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("withParameters(\"\"): expected one JSON value, but the text is empty");
    }

    @Test
    void should_reject_null_and_empty_arguments() {
        thenThrownBy(() -> Mock.forState(null)).isInstanceOf(NullPointerException.class).hasMessage("stateName must not be null");
        thenThrownBy(() -> Mock.forResource((String) null)).isInstanceOf(NullPointerException.class);
        thenThrownBy(() -> Mock.forResource("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("forResource(\"\"): the resource pattern must not be empty");
        thenThrownBy(() -> Mock.forState("A").fails(null, "cause")).isInstanceOf(NullPointerException.class)
                .hasMessage("error must not be null");
        thenThrownBy(() -> Mocks.of((Mock) null)).isInstanceOf(NullPointerException.class);
    }
}
