package dev.stepproof.toolkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepproof.toolkit.CallbackDelivery.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.BDDAssertions.then;

/** Callbacks answering {@code .waitForTaskToken} tasks at virtual times: heartbeats, timeouts, stale tokens. */
class Callbacks_Test {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Approve sends its token over SQS and waits; Catch routes timeouts and rejections to separate states; every
     * path then waits an hour in Settle, so that late callbacks are still sent (and refused) before the end.
     */
    private static Interpreter approval(String retry) {
        return approval(retry, CATCHERS, "\"Next\": \"Settle\"");
    }

    private static final String CATCHERS = """
            [{"ErrorEquals": ["States.HeartbeatTimeout"], "Next": "HeartbeatLost"},
             {"ErrorEquals": ["States.Timeout"], "Next": "TimedOut"},
             {"ErrorEquals": ["States.ALL"], "Next": "Rejected"}]""";

    private static Interpreter approval(String retry, String catchers, String next) {
        return Interpreter.of(DefinitionReader.standard().read("""
                {"StartAt": "Approve", "States": {
                  "Approve": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                    "Parameters": {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/111111111111/approvals",
                                   "MessageBody": {"token.$": "$$.Task.Token", "order.$": "$.order"}},
                    "TimeoutSeconds": 86400, "HeartbeatSeconds": 3600,
                    "Retry": %s, "Catch": %s, %s},
                  "Settle": {"Type": "Wait", "Seconds": 3600, "End": true},
                  "HeartbeatLost": {"Type": "Pass", "Result": "heartbeat", "Next": "Settle"},
                  "TimedOut": {"Type": "Pass", "Result": "timeout", "Next": "Settle"},
                  "Rejected": {"Type": "Pass", "Next": "Settle"}}}""".formatted(retry, catchers, next), "approval.asl.json")
                .orElseThrow());
    }

    private static Interpreter approval() {
        return approval("[]");
    }

    private static MockSession sqs() {
        return Mocks.of(Mock.forState("Approve").returnsPayload("{}")).session();
    }

    private static Execution run(Interpreter interpreter, MockSession session, Callback... callbacks) {
        return interpreter.execute(ExecutionOptions.defaults().withInput("{\"order\": \"o-1\"}")
                .withTaskInvoker(session).withCallbacks(Callbacks.of(callbacks)));
    }

    private static List<String> taskEvents(Execution execution) {
        return execution.history().events().stream().map(HistoryEvent::type).filter(t -> t.startsWith("Task")).toList();
    }

    private static HistoryEvent event(Execution execution, String type) {
        return execution.history().events().stream().filter(e -> e.type().equals(type)).findFirst().orElseThrow();
    }

    @Test
    void should_succeed_with_the_callback_output_after_the_submitted_send_message() {
        // GIVEN
        MockSession session = sqs();
        // WHEN
        Execution execution = run(approval(), session, Callback.forState("Approve")
                .heartbeatAfter(Duration.ofMinutes(5))
                .succeedsAfter(Duration.ofMinutes(50), "{\"approved\": true}"));
        // THEN
        then(execution.succeeded()).isTrue();
        then(execution.output()).isEqualTo(JSON.createObjectNode().put("approved", true));
        then(taskEvents(execution)).containsExactly("TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSubmitted",
                "TaskSucceeded", "TaskStateExited");
        then(event(execution, "TaskSubmitted").payload().has("MD5OfMessageBody")).as("SQS SendMessage response").isTrue();
        then(event(execution, "TaskSucceeded").timestamp()).isEqualTo(START.plus(Duration.ofMinutes(50)));
        then(execution.callbacks()).extracting(CallbackDelivery::outcome).containsExactly(Outcome.ACCEPTED, Outcome.ACCEPTED);
        then(session.calls("Approve")).hasSize(1);
        String token = session.calls("Approve").get(0).parameters().path("MessageBody").path("token").asText();
        then(execution.callbacks()).allSatisfy(d -> then(d.token()).isEqualTo(token));
    }

    @Test
    void should_keep_the_task_open_while_heartbeats_restart_the_window() {
        // WHEN: the gaps (55 min) stay under HeartbeatSeconds (60 min), the whole wait (2 h 45) does not
        Execution execution = run(approval(), sqs(), Callback.forState("Approve")
                .heartbeatAfter(Duration.ofMinutes(55))
                .heartbeatAfter(Duration.ofMinutes(110))
                .succeedsAfter(Duration.ofMinutes(165), "\"ok\""));
        // THEN
        then(execution.output().asText()).isEqualTo("ok");
        then(event(execution, "TaskSucceeded").timestamp()).isEqualTo(START.plus(Duration.ofMinutes(165)));
    }

    @Test
    void should_time_out_as_heartbeat_timeout_when_a_heartbeat_gap_is_too_long() {
        // WHEN: heartbeat at 30 min, then silence until 2 h: the window closes at 1 h 30
        Execution execution = run(approval(), sqs(), Callback.forState("Approve")
                .heartbeatAfter(Duration.ofMinutes(30))
                .succeedsAfter(Duration.ofHours(2), "{}")
                .succeedsAfter(Duration.ofHours(3), "{}"));
        // THEN
        then(execution.output().asText()).isEqualTo("heartbeat");
        HistoryEvent timedOut = event(execution, "TaskTimedOut");
        then(timedOut.error()).isEqualTo("States.Timeout");
        then(timedOut.timestamp()).isEqualTo(START.plus(Duration.ofMinutes(90)));
        then(execution.callbacks()).extracting(CallbackDelivery::outcome)
                .containsExactly(Outcome.ACCEPTED, Outcome.TASK_TIMED_OUT, Outcome.NOT_SENT);
        then(execution.callbacks().get(2).time()).as("when it would have been sent").isEqualTo(START.plus(Duration.ofHours(3)));
    }

    @Test
    void should_time_out_at_timeout_seconds_even_with_regular_heartbeats() {
        // GIVEN: heartbeats every 50 minutes for two days, no answer
        Callback beats = Callback.forState("Approve");
        for (int i = 1; i <= 60; i++) {
            beats = beats.heartbeatAfter(Duration.ofMinutes(50L * i));
        }
        // WHEN
        Execution execution = run(approval(), sqs(), beats);
        // THEN: TimeoutSeconds (1 day) ends it; States.HeartbeatTimeout does not match, States.Timeout does
        then(execution.output().asText()).isEqualTo("timeout");
        then(event(execution, "TaskTimedOut").timestamp()).isEqualTo(START.plus(Duration.ofDays(1)));
    }

    @Test
    void should_route_a_failure_answer_through_catch_with_its_error_and_cause() {
        // WHEN
        Execution execution = run(approval(), sqs(), Callback.forState("Approve")
                .failsAfter(Duration.ofMinutes(10), "Approval.Rejected", "over budget"));
        // THEN
        then(execution.output()).isEqualTo(JSON.createObjectNode().put("Error", "Approval.Rejected").put("Cause", "over budget"));
        HistoryEvent failed = event(execution, "TaskFailed");
        then(failed.error()).isEqualTo("Approval.Rejected");
        then(failed.cause()).isEqualTo("over budget");
    }

    @Test
    void should_give_a_failure_without_error_and_cause_json_nulls() {
        // WHEN
        Execution execution = run(approval(), sqs(), Callback.forState("Approve").send(TaskCallback.failure(null, null)));
        // THEN
        then(execution.output().get("Error").isNull()).isTrue();
        then(execution.output().get("Cause").isNull()).isTrue();
        then(event(execution, "TaskFailed").error()).isNull();
    }

    @Test
    void should_give_each_attempt_a_fresh_token_and_refuse_the_previous_one_as_timed_out() {
        // GIVEN: attempt 1 gets no answer; attempt 2 first tries attempt 1's token, then its own
        Interpreter interpreter = approval("""
                [{"ErrorEquals": ["States.Timeout"], "MaxAttempts": 1, "IntervalSeconds": 60}]""");
        List<String> tokens = new ArrayList<>();
        Callback answer = Callback.forState("Approve").answers(task -> {
            tokens.add(task.taskToken());
            if (task.attempt() == 1) {
                return List.of();
            }
            return List.of(TaskCallback.success("\"late\"").withToken(tokens.get(0)).after(Duration.ofMinutes(1)),
                    TaskCallback.success("\"fresh\"").after(Duration.ofMinutes(2)));
        });
        // WHEN
        Execution execution = run(interpreter, sqs(), answer);
        // THEN
        then(execution.output().asText()).isEqualTo("fresh");
        then(tokens).hasSize(2).doesNotHaveDuplicates();
        then(execution.callbacks()).extracting(CallbackDelivery::attempt, CallbackDelivery::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, Outcome.TASK_TIMED_OUT),
                        org.assertj.core.groups.Tuple.tuple(2, Outcome.ACCEPTED));
        then(execution.callbacks().get(0).outcome().apiError()).isEqualTo("TaskTimedOut");
    }

    @Test
    void should_refuse_a_token_no_task_was_given_as_invalid_token() {
        // WHEN
        Execution execution = run(approval(), sqs(), Callback.forState("Approve").send(
                TaskCallback.success("{}").withToken("not-a-token").after(Duration.ofMinutes(1)),
                TaskCallback.success("\"real\"").after(Duration.ofMinutes(2))));
        // THEN
        then(execution.output().asText()).isEqualTo("real");
        then(execution.callbacks().get(0).outcome()).isEqualTo(Outcome.INVALID_TOKEN);
        then(execution.callbacks().get(0).outcome().apiError()).isEqualTo("InvalidToken");
    }

    @Test
    void should_accept_an_answer_just_before_the_window_closes_and_refuse_one_after_it() {
        // GIVEN
        Interpreter interpreter = approval();
        // WHEN
        Execution inTime = run(interpreter, sqs(), Callback.forState("Approve")
                .succeedsAfter(Duration.ofMinutes(60).minusMillis(1), "\"in time\""));
        Execution late = run(interpreter, sqs(), Callback.forState("Approve")
                .succeedsAfter(Duration.ofMinutes(60), "\"late\"")
                .heartbeatAfter(Duration.ofMinutes(61)));
        // THEN: an answer at the very instant the window closes is too late
        then(inTime.output().asText()).isEqualTo("in time");
        then(late.output().asText()).isEqualTo("heartbeat");
        then(late.callbacks()).extracting(CallbackDelivery::outcome).containsExactly(Outcome.TASK_TIMED_OUT, Outcome.TASK_TIMED_OUT);
    }

    @Test
    void should_refuse_answers_to_a_task_that_already_succeeded() {
        // WHEN
        Execution execution = run(approval(), sqs(), Callback.forState("Approve")
                .succeedsAfter(Duration.ofMinutes(1), "\"first\"")
                .succeedsAfter(Duration.ofMinutes(1), "\"second\""));
        // THEN
        then(execution.output().asText()).isEqualTo("first");
        then(execution.callbacks()).extracting(CallbackDelivery::outcome).containsExactly(Outcome.ACCEPTED, Outcome.TASK_TIMED_OUT);
    }

    @Test
    void should_deliver_an_answer_timed_before_the_submit_when_the_message_is_sent() {
        // GIVEN: SendMessage takes 2 seconds; an absolute time before the task started
        MockSession session = Mocks.of(Mock.forState("Approve").delays(Duration.ofSeconds(2)).returnsPayload("{}")).session();
        // WHEN
        Execution execution = run(approval(), session, Callback.forState("Approve")
                .send(TaskCallback.success("\"early\"").at(START.minusSeconds(60))));
        // THEN
        then(event(execution, "TaskSubmitted").timestamp()).isEqualTo(START.plusSeconds(2));
        then(execution.callbacks().get(0).time()).isEqualTo(START.plusSeconds(2));
        then(execution.output().asText()).isEqualTo("early");
    }

    @Test
    void should_answer_the_declared_attempt_before_the_any_attempt_declaration() {
        // GIVEN
        Interpreter interpreter = approval("""
                [{"ErrorEquals": ["Approval.Busy"], "MaxAttempts": 1, "IntervalSeconds": 1}]""");
        // WHEN
        Execution execution = run(interpreter, sqs(),
                Callback.forState("Approve").succeedsAfter(Duration.ofMinutes(3), "\"retry answered\""),
                Callback.forState("Approve").onAttempt(1).failsAfter(Duration.ofMinutes(1), "Approval.Busy", "later"));
        // THEN
        then(execution.output().asText()).isEqualTo("retry answered");
        then(execution.history().taskAttempts("Approve")).hasSize(2);
    }

    @Test
    void should_fail_the_task_with_a_handler_error_when_the_handler_throws() {
        // WHEN
        Execution execution = run(approval(), sqs(), Callback.forState("Approve").answers(task -> {
            throw new IllegalStateException("no approver configured");
        }));
        // THEN
        then(execution.output().path("Error").asText()).isEqualTo("StepProof.CallbackHandlerError");
        then(execution.output().path("Cause").asText()).contains("Callback.forState(\"Approve\")", "no approver configured");
    }

    @Test
    void should_keep_the_invoker_answer_as_the_result_when_no_callback_answers_the_state() {
        // WHEN
        Execution execution = approval().execute(ExecutionOptions.defaults().withInput("{\"order\": \"o-2\"}")
                .withTaskInvoker(Mocks.of(Mock.forState("Approve").returns("{\"approved\": true}")).session())
                .withCallbacks(Callbacks.of(Callback.forState("Other").succeedsAfter(Duration.ZERO, "{}"))));
        // THEN
        then(execution.output()).isEqualTo(JSON.createObjectNode().put("approved", true));
        then(taskEvents(execution)).doesNotContain("TaskSubmitted");
    }

    @Test
    void should_wait_until_a_window_closes_when_the_send_hangs() {
        // WHEN
        Execution execution = run(approval(), Mocks.of(Mock.forState("Approve").hangs()).session(),
                Callback.forState("Approve").succeedsAfter(Duration.ofMinutes(1), "{}"));
        // THEN: the message never left, so nobody answered
        then(execution.output().asText()).isEqualTo("heartbeat");
        then(execution.callbacks()).isEmpty();
    }

    @Test
    void should_give_the_same_history_and_callbacks_for_the_same_seed() {
        // GIVEN
        Callback answer = Callback.forState("Approve").answers(task -> List.of(
                TaskCallback.heartbeat().after(Duration.ofMinutes(30)),
                TaskCallback.success(task.parameters().path("MessageBody")).after(Duration.ofMinutes(45))));
        // WHEN
        Execution first = run(approval(), sqs(), answer);
        Execution second = run(approval(), sqs(), answer);
        // THEN
        then(second.history().toJson()).isEqualTo(first.history().toJson());
        then(second.callbacks()).extracting(CallbackDelivery::token, CallbackDelivery::time, d -> d.callback().toString())
                .isEqualTo(first.callbacks().stream().map(d -> org.assertj.core.groups.Tuple.tuple(d.token(), d.time(),
                        d.callback().toString())).toList());
        JsonNode output = first.output();
        then(output.path("token").asText()).isEqualTo(first.callbacks().get(0).token());
    }
}
