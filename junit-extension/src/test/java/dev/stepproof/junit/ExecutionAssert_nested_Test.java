package dev.stepproof.junit;

import dev.stepproof.toolkit.Callback;
import dev.stepproof.toolkit.Callbacks;
import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionOptions;
import dev.stepproof.toolkit.ExecutionStatus;
import dev.stepproof.toolkit.Interpreter;
import dev.stepproof.toolkit.S3Objects;
import dev.stepproof.toolkit.StateMachines;
import dev.stepproof.toolkit.model.StateMachine;
import dev.stepproof.toolkit.spi.TaskInvoker;
import dev.stepproof.toolkit.spi.TaskResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.stepproof.junit.Fixtures.answering;
import static dev.stepproof.junit.Fixtures.expectAssertionError;
import static dev.stepproof.junit.StepProofAssertions.assertThat;
import static dev.stepproof.toolkit.CallbackDelivery.Outcome.ACCEPTED;
import static dev.stepproof.toolkit.CallbackDelivery.Outcome.NOT_SENT;
import static dev.stepproof.toolkit.CallbackDelivery.Outcome.TASK_TIMED_OUT;
import static org.assertj.core.api.BDDAssertions.then;

/** Map Runs, callbacks and child executions: navigation from {@link ExecutionAssert} and their messages. */
class ExecutionAssert_nested_Test {

    /** Approve: an SQS .waitForTaskToken task with a one-hour heartbeat window, then Linger: a Wait of an hour. */
    private static final String APPROVAL = """
            {"StartAt": "Approve", "States": {
              "Approve": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                "HeartbeatSeconds": 3600,
                "Parameters": {"QueueUrl": "q", "MessageBody": {"token.$": "$$.Task.Token"}}, "Next": "Linger"},
              "Linger": {"Type": "Wait", "Seconds": 3600, "End": true}}}
            """;

    /** Pay: startExecution.sync:2 of the payment machine, then Done. */
    private static final String PARENT = """
            {"StartAt": "Pay", "States": {
              "Pay": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution.sync:2",
                "Parameters": {"StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:payment", "Input.$": "$"},
                "Next": "Done"},
              "Done": {"Type": "Succeed"}}}
            """;

    private static final String PAYMENT = """
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "charge", "Payload.$": "$"}, "Next": "Paid"},
              "Paid": {"Type": "Succeed"}}}
            """;

    private static StateMachine machine(String definition) {
        return DefinitionReader.standard().read(definition, "<inline>").orElseThrow();
    }

    private static Execution rows(String csv) {
        // Rows: a distributed Map over CSV rows; qty 0 fails its child; one failure is tolerated.
        StateMachine rows = DefinitionReader.standard().readResource("dev/stepproof/junit/nested/rows.asl.json").orElseThrow();
        return Interpreter.of(rows).execute(ExecutionOptions.defaults()
                .withS3Objects(S3Objects.builder().put("in", "rows.csv", csv).build()));
    }

    private static Execution approval(Callback callback) {
        return Interpreter.of(machine(APPROVAL)).execute(ExecutionOptions.defaults()
                .withTaskInvoker(answering("{}")).withCallbacks(Callbacks.of(callback)));
    }

    private static Execution payment(TaskInvoker charge) {
        return Interpreter.of(machine(PARENT)).execute(ExecutionOptions.defaults().withInput("{\"amount\": 5}")
                .withTaskInvoker(charge)
                .withStateMachines(StateMachines.builder().register("payment", machine(PAYMENT)).build()));
    }

    private final Execution oneBadRow = rows("sku,qty\nA,1\nB,0\nC,3\n");
    private final Execution paid = payment(answering("{\"Payload\": {\"id\": \"p-1\"}}"));

    @Test
    void mapRun_should_pass_on_its_status_and_item_counts() {
        // WHEN / THEN
        assertThat(oneBadRow).succeeded().mapRun("Rows").succeeded().hasStatus(ExecutionStatus.SUCCEEDED).hasItemCounts(2, 1, 3);
    }

    @Test
    void mapRun_hasItemCounts_should_fail_with_every_count() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(oneBadRow).mapRun("Rows").hasItemCounts(3, 0, 3));

        // THEN
        then(error).hasMessage("Expecting the Map Run of state 'Rows' to have item counts succeeded 3, failed 0, total 3 "
                + "but they were succeeded 2, failed 1, aborted 0, total 3");
    }

    @Test
    void mapRun_failedWith_should_fail_with_how_the_run_ended() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(oneBadRow).mapRun("Rows")
                .failedWith("States.ExceedToleratedFailureThreshold"));

        // THEN
        then(error).hasMessage("Expecting the Map Run of state 'Rows' to have failed with error "
                + "'States.ExceedToleratedFailureThreshold' but it SUCCEEDED; items: succeeded 2, failed 1, aborted 0, total 3");
    }

    @Test
    void mapRun_failedWith_should_pass_when_too_many_items_failed() {
        // GIVEN
        Execution twoBadRows = rows("sku,qty\nA,0\nB,0\n");

        // WHEN / THEN
        assertThat(twoBadRows).mapRun("Rows").failedWith("States.ExceedToleratedFailureThreshold").hasItemCounts(0, 2, 2);
    }

    @Test
    void mapRun_should_fail_when_the_state_started_no_map_run() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(paid).mapRun("Pay").succeeded());

        // THEN
        then(error).hasMessage("Expecting state 'Pay' to have started a Map Run but it started none "
                + "(is it a distributed Map, and was it entered?); path: [Pay, Done]");
    }

    @Test
    void callback_should_pass_on_the_outcomes_in_sending_order() {
        // GIVEN
        Execution execution = approval(Callback.forState("Approve").heartbeatAfter(Duration.ofMinutes(30))
                .succeedsAfter(Duration.ofMinutes(50), "{\"ok\": true}").failsAfter(Duration.ofHours(2), "Late", "too late"));

        // WHEN / THEN
        assertThat(execution).succeeded().callback("Approve").hasOutcomes(ACCEPTED, ACCEPTED, NOT_SENT).sent(2);
        assertThat(execution).callbacks().hasOutcomes(ACCEPTED, ACCEPTED, NOT_SENT);
    }

    @Test
    void callback_hasOutcomes_should_fail_listing_each_callback() {
        // GIVEN: the answer comes after the heartbeat window closed
        Execution late = approval(Callback.forState("Approve").succeedsAfter(Duration.ofHours(2), "{}"));

        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(late).callback("Approve").hasOutcomes(ACCEPTED));

        // THEN
        then(error).hasMessage("Expecting callbacks of state 'Approve' to have had outcomes [ACCEPTED] but they had [NOT_SENT]\n"
                + "callbacks:\n  SUCCESS to 'Approve' attempt 1 at 2026-01-01T02:00:00Z: NOT_SENT");
    }

    @Test
    void callback_allAccepted_should_fail_when_a_token_was_stale() {
        // GIVEN: a heartbeat and the answer, then a heartbeat to the task that has closed
        Execution execution = approval(Callback.forState("Approve").heartbeatAfter(Duration.ofMinutes(30))
                .send(dev.stepproof.toolkit.TaskCallback.success("{}").after(Duration.ofMinutes(40)),
                        dev.stepproof.toolkit.TaskCallback.heartbeat().after(Duration.ofMinutes(45))));

        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(execution).callback("Approve").allAccepted());

        // THEN
        then(error).hasMessage("Expecting every one of the callbacks of state 'Approve' to have been accepted but 1 of 3 were not\n"
                + "callbacks:\n"
                + "  HEARTBEAT to 'Approve' attempt 1 at 2026-01-01T00:30:00Z: ACCEPTED\n"
                + "  SUCCESS to 'Approve' attempt 1 at 2026-01-01T00:40:00Z: ACCEPTED\n"
                + "  HEARTBEAT to 'Approve' attempt 1 at 2026-01-01T00:45:00Z: TASK_TIMED_OUT (TaskTimedOut)");
    }

    @Test
    void callbacks_sent_should_fail_with_the_number_sent() {
        // GIVEN
        Execution execution = approval(Callback.forState("Approve").succeedsAfter(Duration.ofMinutes(5), "{}"));

        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(execution).callbacks().sent(2));

        // THEN
        then(error).hasMessage("Expecting 2 of the callbacks to have been sent but 1 was\n"
                + "callbacks:\n  SUCCESS to 'Approve' attempt 1 at 2026-01-01T00:05:00Z: ACCEPTED");
    }

    @Test
    void childExecution_should_give_every_execution_assertion_on_the_child() {
        // WHEN / THEN
        assertThat(paid).succeeded().childExecution(1).succeeded().followedPath("Charge", "Paid")
                .task("Charge").call(1).withParameters("{\"Payload\": {\"amount\": 5}}");
        assertThat(paid).childExecution("Pay").hasOutputContaining("{\"Payload\": {\"id\": \"p-1\"}}");
    }

    @Test
    void childExecution_assertions_should_describe_the_child() {
        // GIVEN
        Execution refused = payment(call -> TaskResult.failure("Card.Refused", "no funds"));

        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(refused).childExecution("Pay").succeeded());

        // THEN
        then(error).hasMessage("Expecting execution to have succeeded but it FAILED with error 'Card.Refused' and cause "
                + "'no funds'; path: [Charge]");
    }

    @Test
    void childExecution_should_fail_when_there_is_no_such_child() {
        // WHEN
        AssertionError byNumber = expectAssertionError(() -> assertThat(paid).childExecution(2));
        AssertionError byState = expectAssertionError(() -> assertThat(paid).childExecution("Done"));

        // THEN
        then(byNumber).hasMessage("Expecting child execution number 2 but the execution started 1 child execution(s): "
                + "[Pay]; path: [Pay, Done]");
        then(byState).hasMessage("Expecting a child execution started by state 'Done' but the execution started 1 "
                + "child execution(s): [Pay]; path: [Pay, Done]");
    }

    @Test
    void soft_assertions_should_collect_failures_of_map_runs_callbacks_and_children() {
        // GIVEN
        SoftStepProofAssertions softly = new SoftStepProofAssertions();

        // WHEN
        softly.assertThat(oneBadRow).mapRun("Rows").hasItemCounts(3, 0, 3).succeeded();
        softly.assertThat(paid).childExecution(2).succeeded();
        softly.assertThat(paid).childExecution(1).followedPath("Charge");
        softly.assertThat(paid).callbacks().sent(1);

        // THEN
        then(softly.assertionErrorsCollected()).extracting(e -> e.getMessage().replaceFirst("\nat [^\n]*$", ""))
                .containsExactly(
                        "Expecting the Map Run of state 'Rows' to have item counts succeeded 3, failed 0, total 3 "
                                + "but they were succeeded 2, failed 1, aborted 0, total 3",
                        "Expecting child execution number 2 but the execution started 1 child execution(s): [Pay]; path: [Pay, Done]",
                        "\nExpecting actual not to be null",
                        "Expecting execution to have followed path:\n  [Charge]\nbut it followed:\n  [Charge, Paid]\n"
                                + "first difference at step 2: expected the path to end but it entered 'Paid'",
                        "Expecting 1 of the callbacks to have been sent but 0 were");
    }
}
