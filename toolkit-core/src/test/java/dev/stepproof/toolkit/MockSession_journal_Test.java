package dev.stepproof.toolkit;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.stepproof.toolkit.MockWorkflows.START;
import static dev.stepproof.toolkit.MockWorkflows.json;
import static dev.stepproof.toolkit.MockWorkflows.run;
import static dev.stepproof.toolkit.MockWorkflows.task;
import static org.assertj.core.api.BDDAssertions.then;

/** The call journal: every call with its attempt, virtual time, parameters, mock and outcome; and session scope. */
class MockSession_journal_Test {

    private static final String DEFINITION = """
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                         "Parameters": {"FunctionName": "charge", "Payload": {"amount.$": "$.total"}},
                         "Retry": [{"ErrorEquals": ["Lambda.ServiceException"], "IntervalSeconds": 2, "BackoffRate": 2}],
                         "ResultPath": null, "Next": "Notify"},
              "Notify": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
                         "Parameters": {"TopicArn": "arn:aws:sns:us-east-1:111111111111:orders", "Message.$": "$.id"},
                         "End": true}}}""";

    @Test
    void should_record_every_call_with_attempt_virtual_time_parameters_mock_and_outcome() {
        // GIVEN
        Mocks mocks = Mocks.of(
                Mock.forState("Charge").fails("Lambda.ServiceException", "boom").times(2)
                        .delays(Duration.ofSeconds(1)).returns("{\"ok\": true}"),
                Mock.forResource("arn:aws:states:::sns:*").returns("{\"MessageId\": \"m-1\"}"));
        MockSession session = mocks.session();
        // WHEN
        Execution execution = run(DEFINITION, "{\"id\": \"o-1\", \"total\": 7}", session);
        // THEN: attempts at 0 s, 2 s (first back-off), 6 s (second, doubled); Notify after the 1 s answer
        then(execution.succeeded()).isTrue();
        then(session.calls()).extracting(MockCall::toString).containsExactly(
                "'Charge' attempt 1 at 2026-01-01T00:00:00Z answered by forState(\"Charge\"): Failed[error=Lambda.ServiceException, cause=boom, duration=PT0S]",
                "'Charge' attempt 2 at 2026-01-01T00:00:02Z answered by forState(\"Charge\"): Failed[error=Lambda.ServiceException, cause=boom, duration=PT0S]",
                "'Charge' attempt 3 at 2026-01-01T00:00:06Z answered by forState(\"Charge\"): Returned[output={\"ok\":true}, duration=PT1S]",
                "'Notify' attempt 1 at 2026-01-01T00:00:07Z answered by forResource(\"arn:aws:states:::sns:*\"): Returned[output={\"MessageId\":\"m-1\"}, duration=PT0S]");
        then(session.calls("Notify")).singleElement().satisfies(call -> {
            then(call.resource()).isEqualTo("arn:aws:states:::sns:publish");
            then(call.resourceType()).isEqualTo("sns");
            then(call.action()).isEqualTo("publish");
            then(call.parameters()).isEqualTo(json("{\"TopicArn\": \"arn:aws:sns:us-east-1:111111111111:orders\", \"Message\": \"o-1\"}"));
            then(call.time()).isEqualTo(START.plusSeconds(7));
        });
        then(session.calls("Charge")).extracting(MockCall::attempt).containsExactly(1, 2, 3);
        then(session.calls("Charge").get(0).parameters()).isEqualTo(json("{\"FunctionName\": \"charge\", \"Payload\": {\"amount\": 7}}"));
        then(session.callCount("Charge")).isEqualTo(3);
        then(session.callCount("Missing")).isZero();
    }

    @Test
    void should_start_every_session_at_the_first_response_but_continue_within_one_session() {
        // GIVEN
        Mocks mocks = Mocks.of(Mock.forState("Charge").returns("1").returns("2"));
        String definition = task("Charge", "arn:aws:states:::lambda:invoke", "{}");
        MockSession shared = mocks.session();
        // WHEN
        Execution firstOwn = run(definition, "{}", mocks.session());
        Execution secondOwn = run(definition, "{}", mocks.session());
        Execution firstShared = run(definition, "{}", shared);
        Execution secondShared = run(definition, "{}", shared);
        // THEN
        then(firstOwn.output()).isEqualTo(json("1"));
        then(secondOwn.output()).isEqualTo(json("1"));
        then(firstShared.output()).isEqualTo(json("1"));
        then(secondShared.output()).isEqualTo(json("2"));
        then(shared.callCount("Charge")).isEqualTo(2);
    }

    @Test
    void should_return_snapshots_that_later_calls_do_not_change() {
        // GIVEN
        MockSession session = Mocks.of(Mock.forAnyTask().returns("{}")).session();
        String definition = task("Charge", "arn:aws:states:::lambda:invoke", "{}");
        run(definition, "{}", session);
        // WHEN
        var before = session.calls();
        run(definition, "{}", session);
        // THEN
        then(before).hasSize(1);
        then(session.calls()).hasSize(2);
    }
}
