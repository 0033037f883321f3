package dev.stepproof.toolkit;

import dev.stepproof.toolkit.internal.catalogue.IntegrationCatalogue;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.stepproof.toolkit.MockWorkflows.START;
import static dev.stepproof.toolkit.MockWorkflows.json;
import static dev.stepproof.toolkit.MockWorkflows.run;
import static dev.stepproof.toolkit.MockWorkflows.task;
import static org.assertj.core.api.BDDAssertions.then;

/** What a mock answers: ordered responses, repeat-last, times, payload envelopes, failures, throttling, latency, hangs. */
class Mocks_responses_Test {

    private static final String LAMBDA = "arn:aws:states:::lambda:invoke";
    /** Four Task states on one resource; each keeps its result at $.a, $.b, … */
    private static final String FOUR_CALLS = """
            {"StartAt": "A", "States": {
              "A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "ResultPath": "$.a", "Next": "B"},
              "B": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "ResultPath": "$.b", "Next": "C"},
              "C": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "ResultPath": "$.c", "Next": "D"},
              "D": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "ResultPath": "$.d", "End": true}}}""";

    @Test
    void should_serve_responses_in_order_then_repeat_the_last() {
        // GIVEN
        Mocks mocks = Mocks.of(Mock.forResource(LAMBDA).returns("1").returns("2"));
        // WHEN
        Execution execution = run(FOUR_CALLS, "{}", mocks.session());
        // THEN
        then(execution.output()).isEqualTo(json("{\"a\": 1, \"b\": 2, \"c\": 2, \"d\": 2}"));
    }

    @Test
    void should_serve_a_response_n_times() {
        // GIVEN
        Mocks mocks = Mocks.of(Mock.forResource(LAMBDA).returns("1").times(3).returns("2"));
        // WHEN
        Execution execution = run(FOUR_CALLS, "{}", mocks.session());
        // THEN
        then(execution.output()).isEqualTo(json("{\"a\": 1, \"b\": 1, \"c\": 1, \"d\": 2}"));
    }

    @Test
    void should_wrap_a_payload_in_the_integrations_envelope_but_return_raw_json_as_is() {
        // GIVEN
        String params = "{\"FunctionName\": \"charge\"}";
        Mocks payload = Mocks.of(Mock.forState("Charge").returnsPayload("{\"charged\": true}"));
        Mocks raw = Mocks.of(Mock.forState("Charge").returns("{\"charged\": true}"));
        // WHEN
        Execution wrapped = run(task("Charge", LAMBDA, params), "{}", payload.session());
        Execution asIs = run(task("Charge", LAMBDA, params), "{}", raw.session());
        // THEN
        then(wrapped.output()).isEqualTo(IntegrationCatalogue.standard()
                .wrap("lambda", "invoke", json("{\"charged\": true}"), json(params)));
        then(asIs.output()).isEqualTo(json("{\"charged\": true}"));
    }

    @Test
    void should_retry_a_throttled_call_with_the_integrations_throttling_error() {
        // GIVEN
        String throttling = IntegrationCatalogue.standard().throttlingError("lambda", "invoke");
        String definition = """
                {"StartAt": "Charge", "States": {"Charge": {"Type": "Task", "Resource": "%s",
                  "Retry": [{"ErrorEquals": ["%s"], "IntervalSeconds": 1, "MaxAttempts": 3}], "End": true}}}"""
                .formatted(LAMBDA, throttling);
        Mocks mocks = Mocks.of(Mock.forState("Charge").throttles().times(2).returns("{\"ok\": true}"));
        MockSession session = mocks.session();
        // WHEN
        Execution execution = run(definition, "{}", session);
        // THEN
        then(execution.output()).isEqualTo(json("{\"ok\": true}"));
        then(session.calls("Charge")).extracting(MockCall::outcome).containsExactly(
                new MockCall.Failed(throttling, "Rate exceeded", Duration.ZERO),
                new MockCall.Failed(throttling, "Rate exceeded", Duration.ZERO),
                new MockCall.Returned(json("{\"ok\": true}"), Duration.ZERO));
    }

    @Test
    void should_fail_the_task_so_that_the_workflow_catches_it() {
        // GIVEN
        String definition = """
                {"StartAt": "Charge", "States": {
                  "Charge": {"Type": "Task", "Resource": "%s", "End": true,
                             "Catch": [{"ErrorEquals": ["Card.Declined"], "ResultPath": "$.error", "Next": "Refuse"}]},
                  "Refuse": {"Type": "Pass", "End": true}}}""".formatted(LAMBDA);
        Mocks mocks = Mocks.of(Mock.forState("Charge").fails("Card.Declined", "insufficient funds"));
        // WHEN
        Execution execution = run(definition, "{}", mocks.session());
        // THEN
        then(execution.output()).isEqualTo(json("{\"error\": {\"Error\": \"Card.Declined\", \"Cause\": \"insufficient funds\"}}"));
        then(execution.history().statesEntered()).containsExactly("Charge", "Refuse");
    }

    @Test
    void should_take_virtual_time_for_a_delayed_response() {
        // GIVEN
        Mocks mocks = Mocks.of(Mock.forResource(LAMBDA).delays(Duration.ofMinutes(5)).returns("1").returns("2"));
        // WHEN
        Execution execution = run(FOUR_CALLS, "{}", mocks.session());
        // THEN: only the first response is delayed
        then(execution.output()).isEqualTo(json("{\"a\": 1, \"b\": 2, \"c\": 2, \"d\": 2}"));
        then(execution.stopTime()).isEqualTo(START.plus(Duration.ofMinutes(5)));
    }

    @Test
    void should_time_out_when_the_delay_exceeds_the_task_timeout() {
        // GIVEN
        String definition = """
                {"StartAt": "Slow", "States": {"Slow": {"Type": "Task", "Resource": "%s", "TimeoutSeconds": 60,
                  "End": true}}}""".formatted(LAMBDA);
        Mocks mocks = Mocks.of(Mock.forState("Slow").delays(Duration.ofMinutes(2)).returns("{}"));
        // WHEN
        Execution execution = run(definition, "{}", mocks.session());
        // THEN
        then(execution.error()).isEqualTo("States.Timeout");
        then(execution.stopTime()).isEqualTo(START.plusSeconds(60));
    }

    @Test
    void should_time_out_a_hanging_task_at_its_heartbeat() {
        // GIVEN
        String definition = """
                {"StartAt": "Worker", "States": {"Worker": {"Type": "Task", "Resource": "%s", "TimeoutSeconds": 3600,
                  "HeartbeatSeconds": 30, "End": true}}}""".formatted(LAMBDA);
        Mocks mocks = Mocks.of(Mock.forState("Worker").hangs());
        MockSession session = mocks.session();
        // WHEN
        Execution execution = run(definition, "{}", session);
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        then(execution.error()).isEqualTo("States.Timeout");
        then(execution.stopTime()).isEqualTo(START.plusSeconds(30));
        then(session.calls("Worker")).extracting(MockCall::outcome).containsExactly(new MockCall.Hung());
    }
}
